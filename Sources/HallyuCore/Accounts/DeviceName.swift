/// A short name for the browser behind a `User-Agent` ("Chrome on Android"), so someone looking
/// at their sessions recognises their own devices. Only the name is kept, never the header.
public enum DeviceName {
    public static func describe(userAgent: String) -> String {
        let agent = userAgent.lowercased()
        let browser: String? =
            if agent.contains("edg/") { "Edge" } else if agent.contains("opr/") || agent.contains("opera") {
                "Opera"
            } else if agent.contains("samsungbrowser") { "Samsung Internet" } else if agent.contains("firefox/") || agent.contains("fxios") {
                "Firefox"
            } else if agent.contains("chrome/") || agent.contains("crios") || agent.contains("chromium") {
                "Chrome"
            } else if agent.contains("safari/") { "Safari" } else if agent.hasPrefix("curl/") { "curl" } else { nil }
        let system: String? =
            if agent.contains("iphone") { "iPhone" } else if agent.contains("ipad") { "iPad" } else if agent.contains("android") {
                "Android"
            } else if agent.contains("windows") { "Windows" } else if agent.contains("mac os x") || agent.contains("macintosh") {
                "macOS"
            } else if agent.contains("cros") { "ChromeOS" } else if agent.contains("linux") { "Linux" } else { nil }
        switch (browser, system) {
        case (let browser?, let system?): return "\(browser) on \(system)"
        case (let browser?, nil): return browser
        case (nil, let system?): return "A browser on \(system)"
        case (nil, nil): return "An unknown browser"
        }
    }
}
