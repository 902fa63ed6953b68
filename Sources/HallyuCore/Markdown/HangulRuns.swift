import Foundation

/// Finds runs of Korean text so the renderer can mark them `lang="ko"`, which lets browsers pick
/// Korean fonts, line breaking and screen-reader voices.
enum HangulRuns {
    /// Hangul syllables, jamo and compatibility jamo.
    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: true
        default: false
        }
    }

    /// Spaces and punctuation between two Hangul characters belong to the run, so that a Korean
    /// sentence is one span rather than one per word.
    private static func joinsRun(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return scalar == "\t" || scalar == "\n"
        }
    }

    /// Cheap test first: every Hangul character is encoded with a lead byte of at least 0xE1.
    static func mayContainHangul(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                if utf8[index] >= 0xE1 && utf8[index] <= 0xED { return true }
                index += 1
            }
            return false
        }
    }

    /// The text cut into pieces, each flagged when it is a Hangul run.
    static func segments(_ text: String) -> [(text: Substring.UnicodeScalarView, isKorean: Bool)] {
        let scalars = text.unicodeScalars
        var result: [(text: Substring.UnicodeScalarView, isKorean: Bool)] = []
        var segmentStart = scalars.startIndex
        var runStart: String.UnicodeScalarView.Index?
        var runEnd = scalars.startIndex
        var index = scalars.startIndex
        func closeRun(_ start: String.UnicodeScalarView.Index) {
            if segmentStart < start { result.append((scalars[segmentStart..<start], false)) }
            result.append((scalars[start..<runEnd], true))
            segmentStart = runEnd
            runStart = nil
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isHangul(scalar) {
                if runStart == nil { runStart = index }
                runEnd = next
            } else if let start = runStart, !joinsRun(scalar) {
                closeRun(start)
            }
            index = next
        }
        if let start = runStart { closeRun(start) }
        if segmentStart < scalars.endIndex { result.append((scalars[segmentStart..<scalars.endIndex], false)) }
        return result
    }
}
