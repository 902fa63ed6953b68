import Foundation

/// The cleaning rules for Korean Wikipedia's infobox text.
enum KowikiText {
    /// Trimmed, with runs of white space (line breaks included) made one space.
    static func clean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A list cell's items, split outside parentheses on commas, line breaks, middle dots,
    /// slashes, arrows (a replaced actor: "이미연 → 최명길"), "&", ". " and runs of spaces;
    /// each trimmed, with a trailing "외" / "外" / "등" ("and others") taken off.
    static func list(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        var previous: Character = " "
        var spaces = 0
        func cut() {
            let item = withoutTrailingOthers(clean(current))
            if !item.isEmpty { items.append(item) }
            current = ""
        }
        for character in text {
            defer { previous = character }
            if character == " " { spaces += 1 } else { spaces = 0 }
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            if depth == 0 {
                if ",\n;·/→、&，".contains(character) {
                    cut()
                    continue
                }
                if character == " " && (previous == "." || spaces == 2) {
                    cut()
                    continue
                }
                // "박상민 (배우)홍아름": a note closes one name and the next begins at once.
                if previous == ")" && character.isLetter { cut() }
            }
            current.append(character)
        }
        cut()
        return items.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.filter { !["외", "外", "등"].contains($0) }
    }

    /// "이서진 외", "(배우)외" and "전무송외" → without the marker; a short name ending in the
    /// same syllable ("하등") is left alone.
    static func withoutTrailingOthers(_ item: String) -> String {
        guard let last = item.last, "외外등".contains(last) else { return item }
        let rest = item.dropLast()
        let glued = rest.unicodeScalars.reversed().prefix(while: { HangulSyllable($0) != nil }).count
        guard rest.hasSuffix(" ") || rest.hasSuffix(")") || glued >= 3 else { return item }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    /// The text without its parenthesised notes: "OCN (방송)" → "OCN".
    static func withoutNotes(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                result.append(character)
            }
        }
        return clean(result)
    }

    /// Genres that say only that it is a television drama.
    static let genericGenres: Set<String> = ["드라마", "텔레비전 드라마", "TV 드라마"]

    /// The cast cell as name entries: the infobox ends at "}}" (article text may follow), list
    /// templates and citation notes are dropped, and so is a leading "주연 :".
    static func castEntries(_ text: String) -> [String] {
        var cell = text
        for template in ["{{단순목록끝}}", "{{단순목록}}"] { cell = cell.replacingOccurrences(of: template, with: "\n") }
        if let end = cell.range(of: "}}") { cell = String(cell[..<end.lowerBound]) }
        for note in ["뉴스 인용", "웹 인용"] { cell = cell.replacingOccurrences(of: note, with: "") }
        cell = clean(cell)
        if cell.hasPrefix("주연 :") || cell.hasPrefix("주연:") { cell = String(cell.drop(while: { $0 != ":" }).dropFirst()) }
        return list(cell)
    }

    /// A name as the cast list may write it, before glued names are split: its Hangul, the
    /// birth year a note gives, and whether it is a plain name of two to four syllables.
    static func castName(_ entry: String) -> (name: String, birthYear: Int?)? {
        let name = withoutNotes(entry)
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.allSatisfy({ $0.unicodeScalars.allSatisfy { HangulSyllable($0) != nil } }) else { return nil }
        return (name, birthYear(inNote: entry))
    }

    /// 1984 from "이준혁 (1984년)" or "(1984년 배우)".
    static func birthYear(inNote text: String) -> Int? {
        guard let open = text.firstIndex(of: "(") else { return nil }
        return firstYear(in: String(text[open...]))
    }

    /// Every full date written as "2014년 2월 22일", in order, leaving out reruns and broadcasts
    /// abroad, which the wiki lists on lines of their own.
    static func days(in text: String) -> [CalendarDate] {
        var days: [CalendarDate] = []
        for segment in text.split(whereSeparator: \.isNewline)
        where !["재방송", "NHK", "일본", "위성"].contains(where: segment.contains) {
            var parts: [Int] = []
            // Tokens look like "2014년", "2월", "22일"; a date is a year, month and day in a row.
            for token in segment.split(whereSeparator: { !$0.isNumber && !"년월일".contains($0) }) {
                guard let unit = token.last, "년월일".contains(unit), let value = Int(token.dropLast()) else {
                    parts = []
                    continue
                }
                switch unit {
                case "년": parts = [value]
                case "월": parts = parts.count == 1 ? parts + [value] : []
                default:
                    if parts.count == 2, let day = CalendarDate(year: parts[0], month: parts[1], day: value) { days.append(day) }
                    parts = []
                }
            }
        }
        return days
    }

    /// The first "YYYY년" in the text.
    static func firstYear(in text: String) -> Int? {
        for token in text.split(whereSeparator: { !$0.isNumber && $0 != "년" }) where token.hasSuffix("년") {
            if let year = Int(token.dropLast()), (1900...2100).contains(year) { return year }
        }
        return nil
    }

    /// "2014-02-22 00:00:00" → that day; "unknown" → nil.
    static func isoDay(_ text: String) -> CalendarDate? {
        CalendarDate(String(clean(text).prefix(10)))
    }

    /// "50부작", "16회", "16" → the count: the first number in the cell, or the regular run's
    /// when a pilot is listed too ("파일럿 : 2부작 정규 편성 : 10부작").
    static func episodeCount(_ text: String) -> Int? {
        var cell = clean(text)
        if let regular = cell.range(of: "정규 편성") { cell = String(cell[regular.upperBound...]) }
        let digits = cell.drop(while: { !$0.isNumber }).prefix(while: \.isNumber)
        return Int(digits).flatMap { (1...5000).contains($0) ? $0 : nil }
    }
}
