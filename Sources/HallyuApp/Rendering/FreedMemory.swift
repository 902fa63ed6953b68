import Vapor

#if canImport(Glibc)
    import Glibc
#endif

/// Gives freed heap memory back to the operating system. glibc keeps what a program frees for
/// its next allocations, in an arena per thread, and a server's heap churns: pages leave the
/// page cache, rendered bodies and query results are freed. At 100,000 articles a server that
/// had read articles for two minutes held 241 MB with 152 MB in use; a trim brought it to 191.
/// The name index's build leaves about 90 MB of scratch the same way.
enum FreedMemory {
    static func returnToSystem() {
        #if canImport(Glibc)
            typealias Trim = @convention(c) (Int) -> Int32
            guard let trim = glibcFunction("malloc_trim", as: Trim.self) else { return }
            _ = trim(0)
        #endif
    }

    /// Keeps fewer places for freed memory to stay: one arena for every thread instead of up to
    /// eight a core, and allocations of 128 KB or more mapped on their own, which glibc otherwise
    /// raises to the largest block freed so far (up to 32 MB), so that large buffers come from
    /// the arenas and leave holes there. Under ten minutes of mixed load the resident size then
    /// grew about half as fast (BENCHMARKS.md, the soak's memory). Called before the server
    /// starts its threads; an operator's `MALLOC_ARENA_MAX` or `MALLOC_MMAP_THRESHOLD_` wins.
    static func keepFewerArenas() {
        #if canImport(Glibc)
            typealias Option = @convention(c) (Int32, Int32) -> Int32
            guard let mallopt = glibcFunction("mallopt", as: Option.self) else { return }
            // M_ARENA_MAX and M_MMAP_THRESHOLD in <malloc.h>.
            if getenv("MALLOC_ARENA_MAX") == nil { _ = mallopt(-8, 1) }
            if getenv("MALLOC_MMAP_THRESHOLD_") == nil { _ = mallopt(-3, 128 * 1024) }
        #endif
    }

    #if canImport(Glibc)
        /// One of glibc's own functions of <malloc.h>, which Swift's Glibc module leaves out:
        /// looked up by name, and nil on a C library without it.
        private static func glibcFunction<Function>(_ name: String, as type: Function.Type) -> Function? {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
            return unsafeBitCast(symbol, to: type)
        }
    #endif

    /// Trims every half minute while a server runs: a few milliseconds' work each time.
    final class Rounds: LifecycleHandler, Sendable {
        private let work = RepeatingWork(every: .seconds(30))

        func start() {
            work.start { _ in FreedMemory.returnToSystem() }
        }

        func shutdownAsync(_ app: Application) async {
            await work.stop()
        }
    }
}
