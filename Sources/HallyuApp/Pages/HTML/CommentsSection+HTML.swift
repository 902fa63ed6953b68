import HallyuCore

extension CommentsSection {
    /// The approved threads, their pages and the form or the closed notice (`partials/comments.leaf`).
    func write(_ html: inout HTMLWriter) {
        html.raw("<section class=\"comments\" id=\"comments\" aria-labelledby=\"comments-title\">\n  <h2 id=\"comments-title\">")
        switch count {
        case 0: html.raw("Comments")
        case 1: html.raw("1 comment")
        default:
            html.number(count)
            html.raw(" comments")
        }
        html.raw("</h2>\n")
        if !threads.isEmpty {
            html.raw("  <ol class=\"comments__list\">\n")
            for thread in threads { thread.write(&html) }
            html.raw("  </ol>\n")
            if pageCount > 1 { writePager(&html) }
        } else if open {
            html.raw("  <p class=\"comments__empty\">No comments yet. Start the conversation.</p>\n")
        }
        if let notice = form.notice {
            html.raw("<p class=\"comments__notice\" role=\"status\" id=\"comment-notice\">")
            html.text(notice)
            html.raw("</p>\n")
        }
        if open {
            form.write(&html)
        } else {
            html.raw("  <p class=\"comments__closed\">Comments are closed on this story.</p>\n")
            if form.body != "" {
                html.raw("  <label for=\"comment-kept\">Your comment, not posted — copy it if you want to keep it:</label>\n")
                html.raw("  <textarea id=\"comment-kept\" readonly rows=\"4\">")
                html.text(form.body)
                html.raw("</textarea>\n")
            }
        }
        html.raw("</section>")
    }

    private func writePager(_ html: inout HTMLWriter) {
        html.raw("  <nav class=\"pager\" aria-label=\"Comment pages\">\n")
        if let previousURL {
            html.raw("<a rel=\"prev\" href=\"")
            html.text(previousURL)
            html.raw("\">← Earlier comments</a>\n")
        }
        html.raw("    <span>Page ")
        html.number(page)
        html.raw(" of ")
        html.number(pageCount)
        html.raw("</span>\n")
        if let nextURL {
            html.raw("<a rel=\"next\" href=\"")
            html.text(nextURL)
            html.raw("\">Later comments →</a>\n")
        }
        html.raw("  </nav>\n")
    }
}

extension CommentView {
    /// A comment with its replies; only top-level comments carry a "Reply" link.
    func write(_ html: inout HTMLWriter) {
        html.raw("    <li class=\"comment\" id=\"comment-")
        html.text(id)
        html.raw("\">\n")
        writeHeadAndBody(&html)
        if let replyURL {
            html.raw("<p class=\"comment__actions\"><a href=\"")
            html.text(replyURL)
            html.raw("\">Reply</a></p>\n")
        }
        if !replies.isEmpty {
            html.raw("      <ol class=\"comments__replies\">\n")
            for reply in replies {
                html.raw("        <li class=\"comment comment--reply\" id=\"comment-")
                html.text(reply.id)
                html.raw("\">\n")
                reply.writeHeadAndBody(&html)
                html.raw("        </li>\n")
            }
            html.raw("      </ol>\n")
        }
        html.raw("    </li>\n")
    }

    private func writeHeadAndBody(_ html: inout HTMLWriter) {
        html.raw("<p class=\"comment__head\"><strong class=\"comment__name\">")
        html.ko(name)
        html.raw("</strong> <a class=\"comment__date\" href=\"#comment-")
        html.text(id)
        html.raw("\"><time datetime=\"")
        html.text(dateISO)
        html.raw("\">")
        html.text(date)
        html.raw("</time></a></p>\n")
        // Built by CommentText, which escapes everything the reader typed.
        html.raw("<div class=\"comment__body\">")
        html.raw(self.html)
        html.raw("</div>\n")
    }
}

extension CommentFormView {
    /// The form, filled with what was typed when a comment came back refused.
    func write(_ html: inout HTMLWriter) {
        html.raw("  <form method=\"post\" action=\"")
        html.text(action)
        html.raw("\" class=\"comment-form\" id=\"comment-form\">\n")
        html.raw("    <h3 class=\"comment-form__title\">")
        if let parentName {
            html.raw("Reply to ")
            html.ko(parentName)
            html.raw(" <a href=\"")
            html.text(cancelURL)
            html.raw("\" class=\"comment-form__cancel\">cancel</a>")
        } else {
            html.raw("Leave a comment")
        }
        html.raw("</h3>\n")
        if let error {
            html.raw("<p class=\"comment-form__error\" role=\"alert\" id=\"comment-error\">")
            html.text(error)
            html.raw("</p>\n")
        }
        html.raw("    <input type=\"hidden\" name=\"")
        html.text(stampField)
        html.raw("\" value=\"")
        html.text(stamp)
        html.raw("\">\n")
        if let parent {
            html.raw("<input type=\"hidden\" name=\"parent\" value=\"")
            html.text(parent)
            html.raw("\">\n")
        }
        html.raw("    <div class=\"comment-form__trap\" aria-hidden=\"true\">\n      <label for=\"comment-")
        html.text(honeypotField)
        html.raw("\">Leave this field empty</label>\n      <input id=\"comment-")
        html.text(honeypotField)
        html.raw("\" name=\"")
        html.text(honeypotField)
        html.raw("\" tabindex=\"-1\" autocomplete=\"off\">\n    </div>\n")
        html.raw("    <label for=\"comment-name\">Name</label>\n    <input id=\"comment-name\" name=\"name\" value=\"")
        html.text(name)
        html.raw("\" maxlength=\"80\" autocomplete=\"name\" required>\n")
        html.raw("    <label for=\"comment-email\">E-mail <span class=\"comment-form__hint\">optional, never shown</span></label>\n")
        html.raw("    <input id=\"comment-email\" name=\"email\" type=\"email\" value=\"")
        html.text(email)
        html.raw("\" maxlength=\"254\" autocomplete=\"email\">\n    <label for=\"comment-body\">Comment</label>\n")
        html.raw("    <textarea id=\"comment-body\" name=\"body\" rows=\"6\" maxlength=\"5000\" required")
        if error != nil { html.raw(" autofocus") }
        html.raw(">")
        html.text(body)
        html.raw("</textarea>\n")
        html.raw("    <p class=\"comment-form__hint\">Plain text; links are allowed. A first comment waits for a moderator.</p>\n")
        html.raw("    <button type=\"submit\" class=\"button\">Post comment</button>\n  </form>\n")
    }
}
