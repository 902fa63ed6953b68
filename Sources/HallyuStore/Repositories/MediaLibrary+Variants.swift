import Fluent
import Foundation
import HallyuCore

extension MediaLibrary {
    /// Images without copies of the current recipe, oldest first: those never made (after an
    /// upload on a server without the image tool, or an import) and those of an older recipe.
    /// Drawings (the demo's SVGs; uploads never are) scale themselves and need their social
    /// card alone.
    public func needingVariants() async throws -> [Media] {
        try await MediaModel.query(on: database).filter(\.$kind == MediaKind.image.rawValue).sort(\.$createdAt).sort(\.$id).all()
            .map { try $0.toCore() }
            .filter { $0.variants?.recipe != ImageVariants.currentRecipe }
    }

    /// Notes the copies made of an image, and its size as shown (its orientation applied).
    public func recordVariants(id: String, _ variants: ImageVariants, width: Int, height: Int) async throws {
        guard let uuid = UUID(uuidString: id), let row = try await MediaModel.find(uuid, on: database) else { return }
        row.variants = variants.encoded
        row.variantsProblem = nil
        row.width = width
        row.height = height
        try await row.update(on: database)
    }

    /// Notes why an image's copies could not be made; readers keep getting the original.
    public func recordVariantsProblem(id: String, _ problem: String) async throws {
        guard let uuid = UUID(uuidString: id), let row = try await MediaModel.find(uuid, on: database) else { return }
        row.variantsProblem = String(problem.prefix(500))
        try await row.update(on: database)
    }
}
