import Foundation

/// Comma-separated records as RFC 4180 writes them: fields in double quotes may hold commas,
/// line breaks and doubled quotes. Both line-break styles end a record; a byte-order mark is
/// skipped.
public enum CSVRecords {
    public static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending = iterator.next()
        func finishRecord() {
            record.append(field)
            field = ""
            // A blank line is no record.
            if !(record.count == 1 && record[0].isEmpty) { records.append(record) }
            record = []
        }
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                record.append(field)
                field = ""
            case "\r":
                if pending == "\n" { pending = iterator.next() }
                finishRecord()
            case "\n": finishRecord()
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { finishRecord() }
        return records
    }

    /// Records as dictionaries keyed by the header row's names (trimmed); short rows leave the
    /// missing fields out.
    public static func parseWithHeader(_ text: String) -> (header: [String], rows: [[String: String]]) {
        let records = parse(text)
        guard let header = records.first?.map({ $0.trimmingCharacters(in: .whitespaces) }) else { return ([], []) }
        let rows = records.dropFirst().map { record in
            Dictionary(zip(header, record).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
        }
        return (header, rows)
    }
}
