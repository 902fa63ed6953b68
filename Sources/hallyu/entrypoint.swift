import Foundation
import HallyuApp

@main
enum Entrypoint {
    static func main() async {
        exit(await Hallyu.main())
    }
}
