extension Media {
    /// How a story's Markdown places the image: `![alt](/media/file)`, its alternative text
    /// kept literal (brackets and backslashes escaped, lines joined). Alone on a line it shows
    /// as a figure with the library's caption, credit and licence.
    public var markdownPicture: String {
        var alt = ""
        for character in self.alt {
            switch character {
            case "\\", "[", "]", "*", "_", "`", "<", "&", "!": alt += "\\\(character)"
            case "\n", "\r", "\r\n": alt += " "
            default: alt.append(character)
            }
        }
        return "![\(alt)](\(path))"
    }
}
