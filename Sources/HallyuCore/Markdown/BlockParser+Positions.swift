import Foundation

/// Moving through the current line. Offsets count bytes; columns count tab-expanded width,
/// which is what indentation rules are written in.
extension BlockParser {
    /// Looks ahead past spaces and tabs to measure the indentation and see whether the rest of the
    /// line is blank, without moving.
    mutating func findNextNonspace() {
        var index = offset
        var columns = column
        while index < line.count {
            let byte = line[index]
            if byte == Bytes.space {
                index += 1
                columns += 1
            } else if byte == Bytes.tab {
                index += 1
                columns += 4 - columns % 4
            } else {
                break
            }
        }
        blank = index == line.count
        nextNonspace = index
        nextNonspaceColumn = columns
        indent = columns - column
        indented = indent >= 4
    }

    /// Moves forward by characters, or by columns when a tab may be only partly used up (a tab
    /// can count as both list-item indentation and code indentation).
    mutating func advanceOffset(_ count: Int, columns: Bool) {
        var remaining = count
        while remaining > 0 && offset < line.count {
            if line[offset] == Bytes.tab {
                let toTabStop = 4 - column % 4
                if columns {
                    partiallyConsumedTab = toTabStop > remaining
                    let advance = min(toTabStop, remaining)
                    column += advance
                    offset += partiallyConsumedTab ? 0 : 1
                    remaining -= advance
                } else {
                    partiallyConsumedTab = false
                    column += toTabStop
                    offset += 1
                    remaining -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                remaining -= 1
            }
        }
    }

    /// Moves to the first non-space character found by `findNextNonspace`.
    mutating func advanceNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    /// Appends the rest of the line to the innermost block, expanding a half-used tab to spaces.
    mutating func addLine() {
        let node = tip
        if partiallyConsumedTab {
            offset += 1
            let toTabStop = 4 - column % 4
            node.content.append(contentsOf: repeatElement(Bytes.space, count: toTabStop))
        }
        if offset < line.count { node.content.append(contentsOf: line[offset...]) }
        node.content.append(Bytes.newline)
    }
}
