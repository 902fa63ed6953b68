/// An Aho–Corasick automaton over folded names: one pass over a text finds every occurrence of
/// every name, however many names there are.
///
/// Transitions live in one sorted array per state, except the root's, which is a dictionary
/// because almost every character of ordinary text is looked up there and fails.
struct NameAutomaton: Sendable {
    private var children: [[(scalar: UInt32, state: Int32)]] = [[]]
    private var fail: [Int32] = [0]
    /// Patterns ending at each state (indexes into the caller's list), and the nearest state on
    /// the failure chain that has any, so reporting skips states with nothing to say.
    private var outputs: [[Int32]] = [[]]
    private var outputLink: [Int32] = [-1]
    private var depth: [Int32] = [0]
    private var rootChildren: [UInt32: Int32] = [:]

    /// Builds the automaton; pattern `i` is reported with value `i`. Empty patterns are ignored.
    init(patterns: [String]) {
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for scalar in pattern.unicodeScalars {
                state = child(of: state, scalar.value) ?? addChild(to: state, scalar.value)
            }
            outputs[state].append(Int32(index))
        }
        linkFailures()
    }

    /// The number of states, for reporting the automaton's size.
    var stateCount: Int { children.count }

    /// Calls `found(patternIndex, endPosition, length)` for every occurrence in `text`, where
    /// `endPosition` is the index of the match's last character in `text`.
    func scan(_ text: [Unicode.Scalar], _ found: (Int, Int, Int) -> Void) {
        var state = 0
        for (position, scalar) in text.enumerated() {
            let value = scalar.value
            while true {
                if let next = child(of: state, value) {
                    state = next
                    break
                }
                if state == 0 { break }
                state = Int(fail[state])
            }
            var reporting = outputs[state].isEmpty ? Int(outputLink[state]) : state
            while reporting > 0 {
                let length = Int(depth[reporting])
                for pattern in outputs[reporting] { found(Int(pattern), position, length) }
                reporting = Int(outputLink[reporting])
            }
        }
    }

    private func child(of state: Int, _ scalar: UInt32) -> Int? {
        if state == 0 { return rootChildren[scalar].map(Int.init) }
        let edges = children[state]
        var low = 0, high = edges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let candidate = edges[middle].scalar
            if candidate == scalar { return Int(edges[middle].state) }
            if candidate < scalar { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    private mutating func addChild(to state: Int, _ scalar: UInt32) -> Int {
        let new = children.count
        children.append([])
        fail.append(0)
        outputs.append([])
        outputLink.append(-1)
        depth.append(depth[state] + 1)
        if state == 0 {
            rootChildren[scalar] = Int32(new)
        } else {
            let insertAt = children[state].firstIndex { $0.scalar > scalar } ?? children[state].endIndex
            children[state].insert((scalar, Int32(new)), at: insertAt)
        }
        return new
    }

    /// Breadth-first: a state's failure is the longest proper suffix of its path that is also a
    /// path from the root.
    private mutating func linkFailures() {
        var queue: [Int] = []
        for (_, state) in rootChildren {
            fail[Int(state)] = 0
            queue.append(Int(state))
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let failure = Int(fail[state])
            // Shallower states are done first, so the failure state's own link is ready.
            outputLink[state] = failure == 0 ? -1 : (outputs[failure].isEmpty ? outputLink[failure] : Int32(failure))
            for (scalar, next) in children[state] {
                var candidate = failure
                var target = 0
                while true {
                    if let step = child(of: candidate, scalar) {
                        target = step
                        break
                    }
                    if candidate == 0 { break }
                    candidate = Int(fail[candidate])
                }
                fail[Int(next)] = Int32(target)
                queue.append(Int(next))
            }
        }
    }
}
