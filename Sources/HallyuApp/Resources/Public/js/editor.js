// The article editor's live parts: preview and warnings while typing, one-click fixes and
// autocomplete for subjects and tags. The page works without this file; it only saves trips.
(function () {
  "use strict";
  var form = document.getElementById("editor");
  if (!form) return;
  var body = document.getElementById("body");
  var subjects = document.getElementById("subjects");
  var hero = document.getElementById("hero");
  var preview = document.getElementById("preview");
  var previewState = document.getElementById("preview-state");
  var warningList = document.getElementById("warning-list");
  var warningCount = document.getElementById("warning-count");
  var mentionList = document.getElementById("mention-list");
  var kinds = { people: "person", dramas: "title", films: "title", organizations: "organization", couples: "couple" };
  var dirty = false;

  function debounce(wait, action) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(action, wait);
    };
  }

  // Subject lines end in "(people/han-so-hee)"; the preview wants kind and slug.
  function subjectRefs() {
    return subjects.value.split("\n").map(function (line) {
      var match = /\(?(people|dramas|films|organizations|couples)\/([a-z0-9-]+)\)?\s*$/.exec(line.trim());
      return match ? { kind: kinds[match[1]], slug: match[2], name: match[2] } : null;
    }).filter(Boolean);
  }

  // The server counts UTF-8 bytes; the textarea counts UTF-16 units.
  function utf16Index(text, utf8Offset) {
    var bytes = 0;
    for (var i = 0; i < text.length; i++) {
      if (bytes >= utf8Offset) return i;
      var code = text.codePointAt(i);
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      if (code >= 0x10000) i++;
    }
    return text.length;
  }

  function fixValue(warning, replacement) {
    return warning.utf8Start + ":" + warning.utf8End + ":" + warning.text + "\u2192" + replacement;
  }

  function renderWarnings(warnings) {
    warningList.textContent = "";
    warningCount.textContent = String(warnings.length);
    var none = document.getElementById("no-warnings");
    if (none) none.hidden = warnings.length > 0;
    warnings.forEach(function (warning) {
      var item = document.createElement("li");
      item.className = "warning warning--" + warning.kind;
      var message = document.createElement("span");
      message.className = "warning__message";
      message.textContent = warning.message;
      item.appendChild(message);
      var fixes = [];
      if (warning.kind === "misspelling") {
        fixes = warning.suggestions.map(function (s) { return { label: "Use " + s.name, value: fixValue(warning, s.name) }; });
      } else if (warning.kind === "ambiguous") {
        fixes = warning.suggestions.map(function (s) {
          return { label: "Link " + s.name, value: fixValue(warning, "[[" + s.name + "|" + warning.text + "]]") };
        });
      }
      fixes.forEach(function (fix) {
        item.appendChild(document.createTextNode(" "));
        var button = document.createElement("button");
        button.type = "submit";
        button.name = "fix";
        button.value = fix.value;
        button.className = "link-button fix";
        button.textContent = fix.label;
        item.appendChild(button);
      });
      if (warning.kind === "offSitePicture") {
        item.appendChild(document.createTextNode(" "));
        var library = document.createElement("a");
        library.href = "/admin/media";
        library.target = "_blank";
        library.textContent = "Media library";
        item.appendChild(library);
      }
      if (warning.kind === "unknown" && form.dataset.mayCreate === "true") {
        item.appendChild(document.createTextNode(" "));
        var link = document.createElement("a");
        link.href = "/admin/kb/people/new?name=" + encodeURIComponent(warning.text);
        link.target = "_blank";
        link.textContent = "Create person";
        item.appendChild(link);
      }
      warningList.appendChild(item);
    });
  }

  function renderMentions(mentions) {
    mentionList.textContent = "";
    var seen = {};
    mentions.forEach(function (mention) {
      var key = mention.entity.kind + "/" + mention.entity.slug;
      if (seen[key]) return;
      seen[key] = true;
      var item = document.createElement("li");
      item.textContent = mention.entity.name + " ";
      var kind = document.createElement("span");
      kind.className = "role";
      kind.textContent = mention.entity.kind;
      item.appendChild(kind);
      mentionList.appendChild(item);
    });
  }

  var sent = 0;
  function refresh() {
    var ticket = ++sent;
    previewState.textContent = "updating…";
    fetch("/api/v1/preview", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: body.value, subjects: subjectRefs(), heroMediaId: hero.value || null })
    }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }).then(function (result) {
      if (ticket !== sent) return; // a newer request is on its way
      preview.innerHTML = result.html;
      renderWarnings(result.warnings);
      renderMentions(result.mentions);
      previewState.textContent = "as readers will see it";
    }).catch(function () {
      if (ticket === sent) previewState.textContent = "could not update; save to see it";
    });
  }
  var refreshSoon = debounce(300, refresh);

  [body, subjects].forEach(function (field) {
    field.addEventListener("input", function () { dirty = true; refreshSoon(); });
  });
  hero.addEventListener("change", function () { dirty = true; refresh(); });
  form.addEventListener("input", function () { dirty = true; });
  form.addEventListener("submit", function () { dirty = false; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });

  // What is typed is kept in this tab until it is saved, so a sign-in that ran out (which sends
  // the post to the sign-in page) or a closed page does not lose it.
  var keptKey = "hallyu-editor:" + form.getAttribute("action");
  var keptFields = ["title", "slug", "dek", "body", "subjects", "tags"];
  var keep = debounce(1000, function () {
    var kept = { at: new Date().toLocaleString() };
    keptFields.forEach(function (id) { kept[id] = document.getElementById(id).value; });
    try { sessionStorage.setItem(keptKey, JSON.stringify(kept)); } catch (e) { /* storage full or off */ }
  });
  form.addEventListener("input", keep);
  var kept = null;
  try { kept = JSON.parse(sessionStorage.getItem(keptKey) || "null"); } catch (e) { kept = null; }
  if (document.querySelector(".notice")) {
    // The page comes from a save that worked: what was kept is in it.
    try { sessionStorage.removeItem(keptKey); } catch (e) { /* nothing to do */ }
  } else if (kept && kept.body !== body.value) {
    var offer = document.createElement("p");
    offer.className = "notice";
    offer.setAttribute("role", "status");
    offer.textContent = "There is unsaved text from " + kept.at + ". ";
    var restore = document.createElement("button");
    restore.type = "button";
    restore.className = "link-button";
    restore.textContent = "Put it back";
    restore.addEventListener("click", function () {
      keptFields.forEach(function (id) { if (typeof kept[id] === "string") document.getElementById(id).value = kept[id]; });
      offer.remove();
      dirty = true;
      refresh();
    });
    offer.appendChild(restore);
    var heading = form.querySelector("h1");
    heading.parentNode.insertBefore(offer, heading.nextSibling);
  }

  // A fix is made in place when the text still says what the warning saw; otherwise the form
  // goes to the server, which checks again.
  warningList.addEventListener("click", function (event) {
    var button = event.target.closest("button.fix");
    if (!button) return;
    var parts = /^(\d+):(\d+):([\s\S]*)\u2192([\s\S]*)$/.exec(button.value);
    if (!parts) return;
    var text = body.value;
    var start = utf16Index(text, Number(parts[1]));
    var end = utf16Index(text, Number(parts[2]));
    if (text.slice(start, end) !== parts[3]) return;
    event.preventDefault();
    body.value = text.slice(0, start) + parts[4] + text.slice(end);
    body.setSelectionRange(start + parts[4].length, start + parts[4].length);
    dirty = true;
    refresh();
  });

  // Subjects: suggestions from the search API, added as a line each.
  var picker = document.querySelector("[data-picker=subjects]");
  if (picker) {
    picker.hidden = false;
    var search = document.getElementById("subject-search");
    var options = document.getElementById("subject-options");
    var offered = {};
    var suggest = debounce(200, function () {
      var query = search.value.trim();
      if (query.length < 2 || offered[search.value]) return;
      fetch("/api/v1/search?kind=all&per=1&q=" + encodeURIComponent(query)).then(function (r) { return r.json(); })
        .then(function (result) {
          options.textContent = "";
          offered = {};
          result.entities.forEach(function (entity) {
            var path = new URL(entity.url, location.href).pathname.replace(/^\//, "");
            var line = entity.name + " (" + path + ")";
            offered[line] = true;
            var option = document.createElement("option");
            option.value = line;
            options.appendChild(option);
          });
        }).catch(function () {});
    });
    search.addEventListener("input", function () {
      if (offered[search.value]) {
        var lines = subjects.value.split("\n").filter(function (l) { return l.trim() !== ""; });
        if (lines.indexOf(search.value) < 0) lines.push(search.value);
        subjects.value = lines.join("\n");
        search.value = "";
        dirty = true;
        refresh();
        return;
      }
      suggest();
    });
    search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault();
    });
  }

  // Pictures: the chosen image's Markdown on a line of its own at the cursor, so it stands as a figure.
  var pictures = document.querySelector("[data-picker=pictures]");
  if (pictures) {
    pictures.hidden = false;
    var pictureChoice = document.getElementById("picture-choice");
    document.getElementById("picture-insert").addEventListener("click", function () {
      var before = body.value.slice(0, body.selectionStart);
      var after = body.value.slice(body.selectionEnd);
      var lead = before === "" || /\n\n$/.test(before) ? "" : /\n$/.test(before) ? "\n" : "\n\n";
      var trail = /^\n\n/.test(after) ? "" : /^\n/.test(after) ? "\n" : "\n\n";
      var placed = before + lead + pictureChoice.value;
      body.value = placed + trail + after;
      body.focus();
      body.setSelectionRange(placed.length, placed.length);
      body.dispatchEvent(new Event("input", { bubbles: true }));
    });
  }

  // Tags: the suggestions complete the last name in the comma-separated list.
  var tags = document.getElementById("tags");
  var tagOptions = document.getElementById("tag-options");
  if (tags && tagOptions) {
    var known = Array.prototype.map.call(tagOptions.options, function (o) { return o.value; });
    tags.addEventListener("input", function () {
      var cut = tags.value.lastIndexOf(",");
      var head = cut < 0 ? "" : tags.value.slice(0, cut + 1) + " ";
      var last = tags.value.slice(cut + 1).trim().toLowerCase();
      tagOptions.textContent = "";
      known.filter(function (name) { return last && name.toLowerCase().indexOf(last) === 0; }).slice(0, 20)
        .forEach(function (name) {
          var option = document.createElement("option");
          option.value = head + name;
          tagOptions.appendChild(option);
        });
    });
  }
})();
