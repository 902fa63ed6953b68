/// Every folded name in one trie: walking it from a place in a text finds every name that
/// starts there, however many names there are.
///
/// Names in running text start at the start of a word, so the linker walks the trie from word
/// starts only. That finds exactly what an Aho–Corasick scan of the whole text would find at
/// those places, at a fraction of the cost: most walks stop after a letter or two, where a scan
/// would follow failure links at every character.
///
/// Built with a list of edges per state, then laid out flat: every state's edges sorted in one
/// array, its names in another, so a walk touches plain integers and no reference counts. The
/// root, where every walk begins, answers ASCII from a table of 128 and the rest from a dictionary.
struct NameAutomaton: Sendable {
    /// Edges of state `s` are `edgeScalars[edgeStart[s]..<edgeStart[s + 1]]`, sorted.
    private let edgeStart: [Int32]
    private let edgeScalars: [UInt32]
    private let edgeTargets: [Int32]
    /// Patterns ending at state `s` are `outputPatterns[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputPatterns: [Int32]
    private let asciiRoot: [Int32]
    private let otherRoot: [UInt32: Int32]

    /// Builds the trie; pattern `i` is reported with value `i`. Empty patterns are ignored.
    init(patterns: [String]) {
        var children: [[(scalar: UInt32, state: Int32)]] = [[]]
        var outputs: [[Int32]] = [[]]
        var rootChildren: [UInt32: Int32] = [:]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for scalar in pattern.unicodeScalars {
                let existing = state == 0 ? rootChildren[scalar.value].map(Int.init)
                    : children[state].first { $0.scalar == scalar.value }.map { Int($0.state) }
                if let existing {
                    state = existing
                    continue
                }
                let new = children.count
                children.append([])
                outputs.append([])
                if state == 0 { rootChildren[scalar.value] = Int32(new) } else { children[state].append((scalar.value, Int32(new))) }
                state = new
            }
            outputs[state].append(Int32(index))
        }

        var edgeStart: [Int32] = [0]
        var edgeScalars: [UInt32] = []
        var edgeTargets: [Int32] = []
        var outputStart: [Int32] = [0]
        var outputPatterns: [Int32] = []
        for state in children.indices {
            // The root's edges live in the two root tables instead.
            if state != 0 {
                for edge in children[state].sorted(by: { $0.scalar < $1.scalar }) {
                    edgeScalars.append(edge.scalar)
                    edgeTargets.append(edge.state)
                }
            }
            edgeStart.append(Int32(edgeScalars.count))
            outputPatterns += outputs[state]
            outputStart.append(Int32(outputPatterns.count))
        }
        var asciiRoot = [Int32](repeating: 0, count: 128)
        var otherRoot: [UInt32: Int32] = [:]
        for (scalar, state) in rootChildren {
            if scalar < 128 { asciiRoot[Int(scalar)] = state } else { otherRoot[scalar] = state }
        }
        self.edgeStart = edgeStart
        self.edgeScalars = edgeScalars
        self.edgeTargets = edgeTargets
        self.outputStart = outputStart
        self.outputPatterns = outputPatterns
        self.asciiRoot = asciiRoot
        self.otherRoot = otherRoot
    }

    /// Calls `found(patternIndex, endPosition)` for every name that starts at `start` in
    /// `text`, shortest first; `endPosition` is the index of the name's last character.
    func matches(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, _ found: (Int, Int) -> Void) {
        var state = 0
        var position = start
        while position < text.count {
            state = child(of: state, text[position].value)
            if state == 0 { return }
            for output in Int(outputStart[state])..<Int(outputStart[state + 1]) { found(Int(outputPatterns[output]), position) }
            position += 1
        }
    }

    @inline(__always)
    private func child(of state: Int, _ scalar: UInt32) -> Int {
        if state == 0 { return Int(scalar < 128 ? asciiRoot[Int(scalar)] : (otherRoot[scalar] ?? 0)) }
        var low = Int(edgeStart[state]), high = Int(edgeStart[state + 1]) - 1
        while low <= high {
            let middle = (low + high) >> 1
            let candidate = edgeScalars[middle]
            if candidate == scalar { return Int(edgeTargets[middle]) }
            if candidate < scalar { low = middle + 1 } else { high = middle - 1 }
        }
        return 0
    }
}
