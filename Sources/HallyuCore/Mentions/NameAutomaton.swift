/// Every folded name in one trie: walking it from a place in a text finds every name that
/// starts there, however many names there are.
///
/// Names in running text start at the start of a word, so the linker walks the trie from word
/// starts only. That finds exactly what an Aho–Corasick scan of the whole text would find at
/// those places, at a fraction of the cost: most walks stop after a letter or two, where a scan
/// would follow failure links at every character.
///
/// Built with a list of edges per state, then laid out flat in breadth-first order, so the
/// children of every state are consecutive states: an edge needs only its letter (edge `e` leads
/// to state `e + 1`), and a state ends at most one pattern, since patterns are distinct. A walk
/// touches plain integers and no reference counts. The root, where every walk begins, answers
/// ASCII from a table of 128 and the rest from a dictionary.
struct NameAutomaton: Sendable {
    /// The edges of state `s` are `edgeScalars[edgeStart[s]..<edgeStart[s + 1]]`, sorted.
    private let edgeStart: [Int32]
    private let edgeScalars: [UInt32]
    /// The pattern ending at each state, or -1.
    private let output: [Int32]
    private let asciiRoot: [Int32]
    private let otherRoot: [UInt32: Int32]

    /// Builds the trie; pattern `i` is reported with value `i`. Patterns are distinct (the name
    /// index's keys are; of two equal ones the later is reported). Empty patterns are ignored.
    init(patterns: [String]) {
        var children: [[(scalar: UInt32, state: Int32)]] = [[]]
        var outputs: [Int32] = [-1]
        var rootChildren: [UInt32: Int32] = [:]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for scalar in pattern.unicodeScalars {
                let existing =
                    state == 0
                    ? rootChildren[scalar.value].map(Int.init)
                    : children[state].first { $0.scalar == scalar.value }.map { Int($0.state) }
                if let existing {
                    state = existing
                    continue
                }
                let new = children.count
                children.append([])
                outputs.append(-1)
                if state == 0 { rootChildren[scalar.value] = Int32(new) } else { children[state].append((scalar.value, Int32(new))) }
                state = new
            }
            outputs[state] = Int32(index)
        }
        children[0] = rootChildren.map { (scalar: $0.key, state: $0.value) }

        // Breadth first: each state's children, sorted, get the next numbers.
        var order: [Int32] = [0]
        order.reserveCapacity(children.count)
        var number = [Int32](repeating: 0, count: children.count)
        var edgeStart: [Int32] = []
        var edgeScalars: [UInt32] = []
        edgeStart.reserveCapacity(children.count + 1)
        edgeScalars.reserveCapacity(children.count)
        var position = 0
        while position < order.count {
            let state = Int(order[position])
            edgeStart.append(Int32(edgeScalars.count))
            for edge in children[state].sorted(by: { $0.scalar < $1.scalar }) {
                edgeScalars.append(edge.scalar)
                number[Int(edge.state)] = Int32(order.count)
                order.append(edge.state)
            }
            position += 1
        }
        edgeStart.append(Int32(edgeScalars.count))
        var asciiRoot = [Int32](repeating: 0, count: 128)
        var otherRoot: [UInt32: Int32] = [:]
        for (scalar, state) in rootChildren {
            if scalar < 128 { asciiRoot[Int(scalar)] = number[Int(state)] } else { otherRoot[scalar] = number[Int(state)] }
        }
        self.edgeStart = edgeStart
        self.edgeScalars = edgeScalars
        self.output = order.map { outputs[Int($0)] }
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
            if output[state] >= 0 { found(Int(output[state]), position) }
            position += 1
        }
    }

    /// The pattern spelt exactly `key`.
    func pattern(exactly key: some Sequence<Unicode.Scalar>) -> Int? {
        var state = 0
        for scalar in key {
            state = child(of: state, scalar.value)
            if state == 0 { return nil }
        }
        guard state != 0, output[state] >= 0 else { return nil }
        return Int(output[state])
    }

    @inline(__always)
    private func child(of state: Int, _ scalar: UInt32) -> Int {
        if state == 0 { return Int(scalar < 128 ? asciiRoot[Int(scalar)] : (otherRoot[scalar] ?? 0)) }
        var low = Int(edgeStart[state]), high = Int(edgeStart[state + 1]) - 1
        while low <= high {
            let middle = (low + high) >> 1
            let candidate = edgeScalars[middle]
            if candidate == scalar { return middle + 1 }
            if candidate < scalar { low = middle + 1 } else { high = middle - 1 }
        }
        return 0
    }
}
