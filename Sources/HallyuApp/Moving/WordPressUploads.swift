import Crypto
import Foundation
import HallyuCore

/// Copies an attachment's file from a copy of `wp-content/uploads` into the media folder, under
/// the name its bytes give it, as an upload would be. Nothing outside the uploads folder is
/// read and nothing outside the media folder is written, whatever path the export names.
struct WordPressUploads {
    enum Problem: Error, Equatable {
        case noUploadsFolder, unsafePath, missing, tooLarge(bytes: Int), notAnImage, tooManyPixels(String), cannotWrite

        var message: String {
            switch self {
            case .noUploadsFolder: "no --uploads folder was given; its original address is kept"
            case .unsafePath: "its path leaves the uploads folder; not copied"
            case .missing: "not in the uploads folder; its original address is kept"
            case .tooLarge(let bytes): "\(bytes / 1_048_576) MB, over the 15 MB an image may have; not copied"
            case .notAnImage: "not a JPEG, PNG, WebP or GIF image (its bytes were read); not copied"
            case .tooManyPixels(let problem): "\(problem) Not copied"
            case .cannotWrite: "could not be written to the media folder; not copied"
            }
        }
    }

    struct Copied {
        var fileName: String
        var header: ImageHeader
    }

    let folder: String?
    let mediaDirectory: String

    func copy(path: String) -> Result<Copied, Problem> {
        guard let folder else { return .failure(.noUploadsFolder) }
        guard WordPressText.isSafeRelativePath(path) else { return .failure(.unsafePath) }
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let source = URL(fileURLWithPath: root).appendingPathComponent(path).resolvingSymlinksInPath().path
        // A link inside the copy may point anywhere: the resolved file must still be inside.
        guard source.hasPrefix(root + "/") else { return .failure(.unsafePath) }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: source),
            attributes[.type] as? FileAttributeType == .typeRegular, let size = attributes[.size] as? Int
        else { return .failure(.missing) }
        guard size <= MediaUploads.maxBytes else { return .failure(.tooLarge(bytes: size)) }
        guard let data = FileManager.default.contents(atPath: source) else { return .failure(.missing) }
        guard let header = ImageHeader(data) else { return .failure(.notAnImage) }
        if let problem = ImageLimits.pixelProblem(header) { return .failure(.tooManyPixels(problem)) }
        let fileName = MediaUploads.fileName(for: data, format: header.format)
        let target = (mediaDirectory as NSString).appendingPathComponent(fileName)
        if !FileManager.default.fileExists(atPath: target) {
            do {
                try FileManager.default.createDirectory(atPath: mediaDirectory, withIntermediateDirectories: true)
                let partial = (mediaDirectory as NSString).appendingPathComponent(MediaFolderCheck.partialPrefix + UUID().uuidString)
                try data.write(to: URL(fileURLWithPath: partial))
                try FileManager.default.moveItem(atPath: partial, toPath: target)
            } catch {
                if !FileManager.default.fileExists(atPath: target) { return .failure(.cannotWrite) }
            }
        }
        return .success(Copied(fileName: fileName, header: header))
    }
}
