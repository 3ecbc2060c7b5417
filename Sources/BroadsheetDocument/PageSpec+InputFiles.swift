import BroadsheetImage

extension PageSpec {
    /// Every file the page was read from: the page file, its grid and output profile, its stories and photos.
    public var inputFiles: [String] {
        [file] + [grid.file, grid.press?.outputProfile?.file].compactMap { $0 } + contents.map(\.file)
    }

    /// The photos the page places, by hand or by make-up.
    public var photos: [SourceImage] {
        contents.compactMap(\.photo)
    }

    /// The stories' files and the photos, in the page's order.
    private var contents: [(file: String, photo: SourceImage?)] {
        var contents: [(file: String, photo: SourceImage?)] = []
        for block in blocks {
            switch block.content {
            case .story(let story, _): contents.append((story.file, nil))
            case .photo(let photo): contents.append((photo.image.name, photo.image))
            case .teasers: break
            }
        }
        for item in autoItems {
            switch item.content {
            case .story(let story): contents.append((story.file, nil))
            case .photo(let photo): contents.append((photo.image.name, photo.image))
            }
        }
        return contents
    }
}

extension EditionSpec {
    /// The edition file and every file of its pages.
    public var inputFiles: [String] {
        [file] + pages.flatMap(\.page.inputFiles)
    }

    /// The photos of every page.
    public var photos: [SourceImage] {
        pages.flatMap(\.page.photos)
    }
}
