import Foundation

/// A GFM table while its rows are being read; cells stay raw until inline parsing.
struct TableLayout {
    /// Short rows are padded with empty cells, so a wide header over many one-cell rows would
    /// make output grow with columns × rows; past this many padded cells the table ends.
    static let maximumPaddedCells = 10_000

    var alignments: [MarkdownTable.Alignment]
    var header: [[UInt8]]
    var rows: [[[UInt8]]] = []
    var paddedCells = 0
}

/// Splitting GFM table rows into cells.
enum TableRows {
    /// Parses a delimiter row (`| :-- | --: |`); nil when the line is not one. A pipe is required
    /// so that a setext underline (`---`) never turns the paragraph above into a table.
    static func alignments(_ line: [UInt8], from start: Int) -> [MarkdownTable.Alignment]? {
        guard line[start...].contains(Bytes.pipe) else { return nil }
        var alignments: [MarkdownTable.Alignment] = []
        for cell in cells(line, start..<line.count) {
            guard !cell.isEmpty else { return nil }
            let left = cell.first == Bytes.colon
            let right = cell.count > 1 && cell.last == Bytes.colon
            let dashes = cell[(left ? 1 : 0)..<(cell.count - (right ? 1 : 0))]
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == Bytes.hyphen }) else { return nil }
            switch (left, right) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(.none)
            }
        }
        return alignments.isEmpty ? nil : alignments
    }

    /// Splits a row on unescaped pipes, dropping the optional outer pipes and trimming each cell.
    /// `\|` becomes `|` inside the cell, even inside code spans, as GFM specifies.
    static func cells(_ bytes: [UInt8], _ range: Range<Int>) -> [[UInt8]] {
        let row = trimmed(bytes, range)
        var index = row.lowerBound
        if index < row.upperBound && bytes[index] == Bytes.pipe { index += 1 }
        var cells: [[UInt8]] = []
        var current: [UInt8] = []
        var endedWithPipe = false
        while index < row.upperBound {
            let byte = bytes[index]
            endedWithPipe = false
            if byte == Bytes.backslash && index + 1 < row.upperBound {
                let next = bytes[index + 1]
                if next != Bytes.pipe { current.append(byte) }
                current.append(next)
                index += 2
                continue
            }
            if byte == Bytes.pipe {
                cells.append(trimmedCell(current))
                current.removeAll(keepingCapacity: true)
                endedWithPipe = true
            } else {
                current.append(byte)
            }
            index += 1
        }
        if !endedWithPipe || cells.isEmpty {
            cells.append(trimmedCell(current))
        }
        return cells
    }

    /// Pads or cuts a body row to the table's width.
    static func fitted(_ cells: [[UInt8]], columns: Int) -> [[UInt8]] {
        if cells.count >= columns { return Array(cells.prefix(columns)) }
        return cells + Array(repeating: [], count: columns - cells.count)
    }

    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && Bytes.isSpaceOrTab(bytes[lower]) { lower += 1 }
        while upper > lower && Bytes.isSpaceOrTab(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private static func trimmedCell(_ cell: [UInt8]) -> [UInt8] {
        let range = trimmed(cell, 0..<cell.count)
        return Array(cell[range])
    }
}
