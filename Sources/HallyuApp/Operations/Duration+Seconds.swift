extension Duration {
    /// The duration in seconds, fractions included, as metrics and logs give it.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
