import Benchmark
import Foundation
import HallyuCore

let benchmarks: @Sendable () -> Void = {
    let names = BenchmarkData.names
    let before = BenchmarkData.residentBytes()
    let index = MentionIndex(records: names.records)
    let after = BenchmarkData.residentBytes()
    let megabyte = BenchmarkData.articleText(bytes: 1_000_000)
    let article = BenchmarkData.article(words: 1_000)
    print(
        """
        Names: \(names.records.count) records (\(names.realRecords) from the open data, \(names.syntheticPeople) made up), \
        \(index.keyCount) keys in the automaton; resident memory grew by \((after - before) / 1_048_576) MB while building it.
        Text: \(megabyte.utf8.count) bytes for throughput; an article of \(article.split(separator: " ").count) words, \
        \(article.utf8.count) bytes.
        """)

    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 50)

    Benchmark(
        "Build the mention index (every name, 50,000+ keys)",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResidentDelta, .mallocCountTotal],
            warmupIterations: 0, maxIterations: 5)
    ) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(MentionIndex(records: names.records)) }
    }

    Benchmark("Analyze 1 MB of article text") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(index.analyze(megabyte)) }
    }

    Benchmark(
        "Analyze and check a 1,000-word article",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 2_000)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            let analysis = index.analyze(article)
            let misspellings = index.misspellings(in: article, analysis: analysis)
            blackHole(index.unknownNames(in: article, analysis: analysis, misspellings: misspellings))
        }
    }
}
