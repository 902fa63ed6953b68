import Foundation

/// What the kernel says of this process (Linux's `/proc`): memory, open files, processor time
/// and start time, under the names every Prometheus client gives them. Elsewhere, nil.
struct ProcessStatistics: Sendable {
    var residentBytes: Double
    var virtualBytes: Double
    var openFiles: Double
    var maximumOpenFiles: Double?
    var processorSeconds: Double
    var startTime: Double

    static func read() -> ProcessStatistics? {
        let pageSize = Double(sysconf(Int32(_SC_PAGESIZE)))
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        guard let statm = text("/proc/self/statm")?.split(separator: " "), statm.count >= 2,
            let pages = Double(statm[0]), let resident = Double(statm[1]),
            let stat = text("/proc/self/stat"),
            let bootTime = text("/proc/stat")?.split(separator: "\n").first(where: { $0.hasPrefix("btime ") })
                .flatMap({ Double($0.dropFirst(6)) }),
            let files = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")
        else { return nil }
        // The command's name, in parentheses, may hold spaces: the fields are counted after it.
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the name: state is field 3, so utime (14), stime (15) and starttime (22) sit at 11, 12 and 19.
        guard fields.count > 19, let user = Double(fields[11]), let system = Double(fields[12]),
            let started = Double(fields[19])
        else { return nil }
        return ProcessStatistics(
            residentBytes: resident * pageSize, virtualBytes: pages * pageSize,
            // Listing the folder opens one more.
            openFiles: Double(max(files.count - 1, 0)), maximumOpenFiles: openFileLimit(),
            processorSeconds: (user + system) / ticks, startTime: bootTime + started / ticks)
    }

    private static func openFileLimit() -> Double? {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return nil }
        return Double(limit.rlim_cur)
    }

    private static func text(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
