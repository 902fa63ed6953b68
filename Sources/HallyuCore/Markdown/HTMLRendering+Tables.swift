import Foundation

extension HTMLRendering {
    /// GFM table markup; alignment uses the `align` attribute so that a strict Content Security
    /// Policy (no inline styles) does not drop it.
    mutating func table(_ table: MarkdownTable) {
        writer.newline()
        writer.raw("<table>\n<thead>\n")
        row(table.header, cell: "th", alignments: table.alignments)
        writer.raw("</thead>\n")
        if !table.rows.isEmpty {
            writer.raw("<tbody>\n")
            for cells in table.rows { row(cells, cell: "td", alignments: table.alignments) }
            writer.raw("</tbody>\n")
        }
        writer.raw("</table>")
        writer.newline()
    }

    private mutating func row(_ cells: [[MarkdownInline]], cell tag: String, alignments: [MarkdownTable.Alignment]) {
        writer.raw("<tr>\n")
        for (index, cell) in cells.enumerated() {
            let alignment = index < alignments.count ? alignments[index] : .none
            switch alignment {
            case .none: writer.raw("<\(tag)>")
            case .left: writer.raw("<\(tag) align=\"left\">")
            case .center: writer.raw("<\(tag) align=\"center\">")
            case .right: writer.raw("<\(tag) align=\"right\">")
            }
            inlines(cell)
            writer.raw("</\(tag)>\n")
        }
        writer.raw("</tr>\n")
    }
}
