import HallyuCore

/// The files of one media row as a backup reads it: the upload and, where they were made, its
/// resized copies, which a backup carries so a restored site shows its images without making
/// them again (the restoring host may lack the image tool).
enum MediaFileNames {
    static func of(_ fileName: String, variants: String?) -> [String] {
        [fileName] + (variants.flatMap(ImageVariants.init(encoded:))?.fileNames(of: fileName) ?? [])
    }
}
