import Foundation
import Testing

@testable import HallyuCore

@Suite struct NameAutomatonTests {
    /// Every match the trie reports from every start.
    private func matches(_ automaton: NameAutomaton, _ text: String) -> Set<String> {
        let scalars = Array(text.unicodeScalars)
        var found: Set<String> = []
        scalars.withUnsafeBufferPointer { buffer in
            for start in 0..<buffer.count {
                automaton.matches(in: buffer, from: start) { pattern, end in found.insert("\(pattern)@\(start)+\(end + 1 - start)") }
            }
        }
        return found
    }

    /// Every occurrence of every pattern, found the slow way.
    private func naive(_ patterns: [String], _ text: String) -> Set<String> {
        let scalars = Array(text.unicodeScalars)
        var found: Set<String> = []
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            let needle = Array(pattern.unicodeScalars)
            guard needle.count <= scalars.count else { continue }
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
                found.insert("\(index)@\(start)+\(needle.count)")
            }
        }
        return found
    }

    @Test func theTextbookExample() throws {
        let patterns = ["he", "she", "his", "hers"]
        let automaton = NameAutomaton(patterns: patterns)
        #expect(matches(automaton, "ushers") == naive(patterns, "ushers"))
        #expect(matches(automaton, "ushers").count == 3)
    }

    @Test func prefixesAndHangul() throws {
        let patterns = ["송강", "송강호", "hansohee", "sohee", ""]
        let automaton = NameAutomaton(patterns: patterns)
        let text = "송강호와송강그리고hansoheeandsohee"
        #expect(matches(automaton, text) == naive(patterns, text))
    }

    @Test func agreesWithNaiveSearchOnRandomInput() throws {
        var random = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = ["a", "b", "c", "한", "소"]
        func word(_ length: Int) -> String {
            String(String.UnicodeScalarView((0..<length).map { _ in alphabet.randomElement(using: &random)! }))
        }
        for _ in 0..<300 {
            // Distinct, as the name index's keys are.
            var seen: Set<String> = []
            let patterns = (0..<Int.random(in: 1...12, using: &random)).map { _ in word(Int.random(in: 1...4, using: &random)) }
                .filter { seen.insert($0).inserted }
            let automaton = NameAutomaton(patterns: patterns)
            let text = word(Int.random(in: 0...60, using: &random))
            #expect(matches(automaton, text) == naive(patterns, text), "patterns \(patterns) text \(text)")
        }
    }

    @Test func looksUpWholeKeysOnly() throws {
        let patterns = ["song", "songkang", "한소희", "kang"]
        let automaton = NameAutomaton(patterns: patterns)
        for (index, pattern) in patterns.enumerated() {
            #expect(automaton.pattern(exactly: pattern.unicodeScalars) == index)
        }
        for other in ["", "son", "songk", "songkangs", "한소", "x"] {
            #expect(automaton.pattern(exactly: other.unicodeScalars) == nil, "\(other)")
        }
    }

    @Test func foldedTextMapsBackToTheSource() throws {
        let folded = FoldedText("Han So-hee는 Rosé")
        #expect(String(String.UnicodeScalarView(folded.scalars)) == "hansohee는rose")
        let source = folded.source
        // The folded "e" of Rosé comes from the é.
        #expect(source[folded.origins.last!] == "é")
        #expect(folded.origins.count == folded.scalars.count)
    }
}
