/// The score a partial page must not exceed to have a chance of staying in the beam: the beam's width-th
/// best of the scores seen so far, each key counted once at the score it was first seen with (a later,
/// better state of the same key only lowers the true figure, so this bound is never below it).
struct BeamBound {
    let width: Int
    /// The kept scores as a max-heap: the largest first.
    private var heap: [Double] = []

    init(width: Int) {
        self.width = width
        heap.reserveCapacity(width)
    }

    /// Nothing scoring more can enter the beam.
    var threshold: Double { heap.count < width ? .infinity : heap[0] }

    mutating func add(_ score: Double) {
        if heap.count < width {
            heap.append(score)
            var child = heap.count - 1
            while child > 0, heap[(child - 1) / 2] < heap[child] {
                heap.swapAt(child, (child - 1) / 2)
                child = (child - 1) / 2
            }
        } else if score < heap[0] {
            heap[0] = score
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var largest = parent
                if left < heap.count && heap[left] > heap[largest] { largest = left }
                if right < heap.count && heap[right] > heap[largest] { largest = right }
                if largest == parent { break }
                heap.swapAt(parent, largest)
                parent = largest
            }
        }
    }
}
