extension PageSpec {
    /// Every file the page was read from: the page file, its grid and output profile, its stories and photos.
    public var inputFiles: [String] {
        var files = [file] + [grid.file, grid.press?.outputProfile?.file].compactMap { $0 }
        for block in blocks {
            switch block.content {
            case .story(let story, _): files.append(story.file)
            case .photo(let photo): files.append(photo.image.name)
            case .teasers: break
            }
        }
        for item in autoItems {
            switch item.content {
            case .story(let story): files.append(story.file)
            case .photo(let photo): files.append(photo.image.name)
            }
        }
        return files
    }
}

extension EditionSpec {
    /// The edition file and every file of its pages.
    public var inputFiles: [String] {
        [file] + pages.flatMap(\.page.inputFiles)
    }
}
