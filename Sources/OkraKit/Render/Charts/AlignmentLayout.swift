/// One objective in an alignment map (``Charts/alignmentMap(nodes:edges:title:language:)``).
public struct AlignmentNode: Sendable {
    /// Unique, e.g. "2026-Q3/sales/x" (a later node with the same id is ignored).
    public var id: String
    public var title: String
    public var unitName: String
    /// 0 = the root unit's objectives (and objectives of longer periods shown as roots), 1 = departments, 2 = teams …
    public var layer: Int
    public var band: Band
    /// e.g. "62%".
    public var scoreText: String
    /// Relative link to the objective page.
    public var href: String?

    public init(id: String, title: String, unitName: String, layer: Int, band: Band, scoreText: String, href: String?) {
        self.id = id
        self.title = title
        self.unitName = unitName
        self.layer = layer
        self.band = band
        self.scoreText = scoreText
        self.href = href
    }
}

/// A link between two objectives of an alignment map.
public struct AlignmentEdge: Sendable {
    public enum Kind: Sendable { case alignsTo, contributesTo }

    /// The child / contributing objective's id.
    public var from: String
    /// The parent / receiving objective's id.
    public var to: String
    public var kind: Kind

    public init(from: String, to: String, kind: Kind) {
        self.from = from
        self.to = to
        self.kind = kind
    }
}

/// A layered (Sugiyama) layout of an alignment graph: pure geometry, no text.
///
/// 1. Ranks: layers top to bottom by ``AlignmentNode/layer`` (empty layers skipped). An `aligns_to` edge between
///    two objectives of the same layer (a quarter's company objective under a year's) puts the child on a row
///    below its parent inside that layer, so every `aligns_to` edge runs between rows.
/// 2. Edges that span more than one row run through invisible dummy vertices, one per row in between,
///    so crossing minimisation sees them and their curves go between the boxes, never through them.
/// 3. Order within rows: the input order (the naive order) first, then barycentre sweeps down and up, each
///    followed by adjacent exchanges (transpose); the order with the fewest `aligns_to` crossings (then the
///    fewest crossings of all edges) is kept, so the result never has more crossings than the input order.
///    Ties keep the current order, which starts as the input order: the output depends on the input only.
///    Crossings are counted with a Fenwick tree per pair of rows; a transpose step compares only the two
///    vertices' edges (merging their sorted neighbour positions) and after a swap rechecks only the pairs next
///    to it, so 300 objectives take a few tens of milliseconds even in a debug build.
/// 4. x: rows packed with a minimum gap, then rows placed one at a time (down and up, several times), each where it
///    minimises the weighted squared horizontal length of its edges while keeping every minimum gap (an exact
///    isotonic regression, pool adjacent violators). Every step lowers the same total, so the layout settles
///    instead of drifting apart; dummy-to-dummy segments weigh more, so long edges run straight. A last upward
///    pass centres parents over their children. The gaps are constraints, so boxes never overlap.
/// 5. Every box has the same size (three lines of title and a line of unit, score and band), and every row
///    the same height, so the diagram's height depends on its number of rows only.
public struct AlignmentLayout: Sendable {
    public struct Placed: Sendable {
        public var id: String
        /// Left edge.
        public var x: Double
        /// Top edge.
        public var y: Double
        public var width: Double
        public var height: Double
        /// The node's ``AlignmentNode/layer``.
        public var layer: Int
        /// Position among the objectives of its row, from the left (0-based).
        public var order: Int
    }

    /// The objectives (duplicates of an id dropped), row by row from the top, left to right.
    public var nodes: [Placed]
    public var width: Double
    public var height: Double
    /// Number of crossings between `aligns_to` edges of adjacent layers in this layout.
    public var crossings: Int

    /// The drawn course of one edge.
    struct Route: Sendable {
        var from: String
        var to: String
        var kind: AlignmentEdge.Kind
        /// The path from its upper end to its lower end: `start`, then for each row it passes through the
        /// top and bottom of its dummy vertex, then `end`. For an edge inside one row, `start` and `end` are on the
        /// bottoms of the two boxes and `points` is empty.
        var start: (x: Double, y: Double)
        var points: [(x: Double, y: Double)]
        var end: (x: Double, y: Double)
        /// True when `to` is the upper end (the arrowhead is at `start`, pointing up).
        var pointsUp: Bool
        /// Both ends in the same row: drawn as an arc below the row.
        var sameRow: Bool
        /// How far below the row an arc in one row reaches.
        var depth: Double
    }

    /// Edges with both ends among the nodes, without duplicates or self-links, in input order.
    var routes: [Route] = []
    /// Number of rows.
    var rowCount: Int = 0

    // MARK: Metrics

    static let nodeWidth = 180.0
    static let nodeHeight = 82.0
    static let rowGap = 64.0
    static let margin = 12.0
    /// Below the last row, room for arcs between boxes of that row.
    static let bottomMargin = 30.0
    static let nodeGap = 24.0
    static let dummyWidth = 8.0
    static let dummyGap = 10.0
    static let arrowLength = 8.0

    /// The height of a diagram with `rows` rows (at least one).
    static func height(rows: Int) -> Double {
        let count = Double(max(rows, 1))
        return margin + count * nodeHeight + (count - 1) * rowGap + bottomMargin
    }

    // MARK: Entry points

    public static func layout(nodes: [AlignmentNode], edges: [AlignmentEdge]) -> AlignmentLayout {
        let graph = LayeredGraph(nodes: nodes, edges: edges)
        var result = AlignmentLayout(nodes: [], width: 2 * margin + nodeWidth, height: height(rows: 1), crossings: 0)
        guard graph.realCount > 0 else { return result }
        let order = graph.minimiseCrossings()
        result.crossings = graph.crossings(order).aligns
        let centres = graph.assignX(order)
        result.rowCount = graph.rowCount

        var minLeft = Double.infinity, maxRight = -Double.infinity
        for v in 0..<graph.vertexCount {
            minLeft = min(minLeft, centres[v] - graph.width(v) / 2)
            maxRight = max(maxRight, centres[v] + graph.width(v) / 2)
        }
        let shift = margin - minLeft
        let x = centres.map { $0 + shift }
        let top = { (row: Int) -> Double in margin + Double(row) * (nodeHeight + rowGap) }

        for (row, vertices) in order.enumerated() {
            var index = 0
            for v in vertices where v < graph.realCount {
                result.nodes.append(Placed(id: graph.ids[v], x: x[v] - nodeWidth / 2, y: top(row), width: nodeWidth,
                                           height: nodeHeight, layer: graph.layers[v], order: index))
                index += 1
            }
        }
        result.width = maxRight - minLeft + 2 * margin
        result.height = height(rows: graph.rowCount)
        result.routes = graph.routes(x: x, top: top)
        return result
    }

    /// The crossings of the same graph with nodes in input order within each layer (the naive order), for comparison.
    /// Dummy vertices of long edges follow the objectives of their row, in the order of the edges.
    public static func naiveCrossings(nodes: [AlignmentNode], edges: [AlignmentEdge]) -> Int {
        let graph = LayeredGraph(nodes: nodes, edges: edges)
        return graph.crossings(graph.naiveOrder).aligns
    }
}

// MARK: - The layered graph

/// Vertices are the objectives (0..<realCount, in input order) followed by the dummy vertices of long edges.
private struct LayeredGraph {
    struct Neighbour {
        var vertex: Int
        var aligns: Bool
    }

    struct Chain {
        var from: String
        var to: String
        var kind: AlignmentEdge.Kind
        /// Vertices from the upper end to the lower end (two when the edge spans one row).
        var vertices: [Int]
        var pointsUp: Bool
        var sameRow: Bool
    }

    var realCount = 0
    var ids: [String] = []
    var layers: [Int] = []
    var row: [Int] = []
    var rowCount = 0
    var up: [[Neighbour]] = []
    var down: [[Neighbour]] = []
    var chains: [Chain] = []
    var naiveOrder: [[Int]] = []
    /// `up` and `down` as flat arrays, for the inner loops.
    var upAdjacency = Adjacency([])
    var downAdjacency = Adjacency([])

    /// Neighbour lists in one array: those of vertex v are at `offsets[v]..<offsets[v + 1]`.
    struct Adjacency {
        var offsets: [Int] = [0]
        var vertices: [Int] = []
        var aligns: [Bool] = []

        init(_ lists: [[Neighbour]]) {
            for list in lists {
                for neighbour in list {
                    vertices.append(neighbour.vertex)
                    aligns.append(neighbour.aligns)
                }
                offsets.append(vertices.count)
            }
        }
    }

    var vertexCount: Int { row.count }

    func width(_ v: Int) -> Double { v < realCount ? AlignmentLayout.nodeWidth : AlignmentLayout.dummyWidth }

    init(nodes: [AlignmentNode], edges: [AlignmentEdge]) {
        var index: [String: Int] = [:]
        for node in nodes where index[node.id] == nil {
            index[node.id] = ids.count
            ids.append(node.id)
            layers.append(node.layer)
        }
        realCount = ids.count
        guard realCount > 0 else { return }

        // Edges: known ends, no self-links, no duplicates.
        var seen: Set<String> = []
        var kept: [(from: Int, to: Int, kind: AlignmentEdge.Kind)] = []
        for edge in edges {
            guard let from = index[edge.from], let to = index[edge.to], from != to else { continue }
            let key = "\(from) \(to) \(edge.kind == .alignsTo ? "a" : "c")"
            guard seen.insert(key).inserted else { continue }
            kept.append((from, to, edge.kind))
        }

        // Rows: each layer split into sub-rows by its own aligns_to edges (longest path, cycles broken).
        let distinctLayers = Array(Set(layers)).sorted()
        let layerIndex = Dictionary(uniqueKeysWithValues: distinctLayers.enumerated().map { ($0.element, $0.offset) })
        var parentsInLayer = [[Int]](repeating: [], count: realCount)
        for edge in kept where edge.kind == .alignsTo && layers[edge.from] == layers[edge.to] {
            parentsInLayer[edge.from].append(edge.to)
        }
        let subRow = Self.longestPaths(parentsInLayer)
        var rowKeys: [Int: [Int]] = [:]
        for v in 0..<realCount { rowKeys[layerIndex[layers[v]]!, default: []].append(subRow[v]) }
        var rowOf: [[Int]: Int] = [:]
        var keys: [[Int]] = []
        for layer in 0..<distinctLayers.count {
            for sub in Set(rowKeys[layer] ?? []).sorted() { keys.append([layer, sub]) }
        }
        for (offset, key) in keys.enumerated() { rowOf[key] = offset }
        row = (0..<realCount).map { rowOf[[layerIndex[layers[$0]]!, subRow[$0]]]! }
        rowCount = keys.count

        naiveOrder = [[Int]](repeating: [], count: rowCount)
        for v in 0..<realCount { naiveOrder[row[v]].append(v) }
        up = [[Neighbour]](repeating: [], count: realCount)
        down = [[Neighbour]](repeating: [], count: realCount)

        for edge in kept {
            let aligns = edge.kind == .alignsTo
            let (a, b) = (edge.from, edge.to)
            if row[a] == row[b] {
                chains.append(Chain(from: ids[a], to: ids[b], kind: edge.kind, vertices: [a, b], pointsUp: false, sameRow: true))
                continue
            }
            let (upper, lower) = row[a] < row[b] ? (a, b) : (b, a)
            var vertices = [upper]
            for r in (row[upper] + 1)..<row[lower] {
                let dummy = row.count
                row.append(r)
                up.append([])
                down.append([])
                naiveOrder[r].append(dummy)
                vertices.append(dummy)
            }
            vertices.append(lower)
            for (u, l) in zip(vertices, vertices.dropFirst()) {
                down[u].append(Neighbour(vertex: l, aligns: aligns))
                up[l].append(Neighbour(vertex: u, aligns: aligns))
            }
            chains.append(Chain(from: ids[a], to: ids[b], kind: edge.kind, vertices: vertices, pointsUp: upper == b, sameRow: false))
        }
        upAdjacency = Adjacency(up)
        downAdjacency = Adjacency(down)
    }

    /// For each vertex, the length of the longest path to it from a vertex without parents (0 for those).
    /// Edges closing a cycle (met while their target is still on the depth-first stack) are ignored.
    private static func longestPaths(_ parents: [[Int]]) -> [Int] {
        let count = parents.count
        var depth = [Int](repeating: 0, count: count)
        var state = [UInt8](repeating: 0, count: count) // 0 new, 1 on stack, 2 done
        for start in 0..<count where state[start] == 0 {
            var stack: [(vertex: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = stack.last {
                let v = top.vertex
                if top.next < parents[v].count {
                    stack[stack.count - 1].next += 1
                    let p = parents[v][top.next]
                    if state[p] == 0 {
                        state[p] = 1
                        stack.append((p, 0))
                    }
                } else {
                    var d = 0
                    for p in parents[v] where state[p] == 2 { d = max(d, depth[p] + 1) }
                    depth[v] = d
                    state[v] = 2
                    stack.removeLast()
                }
            }
        }
        return depth
    }

    // MARK: Crossings

    struct Score: Comparable {
        var aligns: Int
        var all: Int
        static func < (a: Score, b: Score) -> Bool { (a.aligns, a.all) < (b.aligns, b.all) }
    }

    func positions(_ order: [[Int]]) -> [Int] {
        var pos = [Int](repeating: 0, count: vertexCount)
        for vertices in order { for (i, v) in vertices.enumerated() { pos[v] = i } }
        return pos
    }

    func crossings(_ order: [[Int]]) -> Score {
        let pos = positions(order)
        var score = Score(aligns: 0, all: 0)
        guard rowCount > 1 else { return score }
        var all: [Int] = [], aligned: [Int] = [], tree: [Int] = []
        let adjacency = downAdjacency
        for r in 0..<(rowCount - 1) {
            // The lower ends of the segments, sorted by upper end, then by lower end.
            all.removeAll(keepingCapacity: true)
            aligned.removeAll(keepingCapacity: true)
            for v in order[r] {
                let first = all.count, firstAligned = aligned.count
                for k in adjacency.offsets[v]..<adjacency.offsets[v + 1] {
                    let p = pos[adjacency.vertices[k]]
                    Self.insert(p, into: &all, after: first)
                    if adjacency.aligns[k] { Self.insert(p, into: &aligned, after: firstAligned) }
                }
            }
            score.all += Self.inversions(all, order[r + 1].count, &tree)
            score.aligns += Self.inversions(aligned, order[r + 1].count, &tree)
        }
        return score
    }

    /// Appends `value` to `array`, keeping `array[start...]` sorted (insertion sort: the lists are short).
    static func insert(_ value: Int, into array: inout [Int], after start: Int) {
        array.append(value)
        var i = array.count - 1
        while i > start, array[i - 1] > value {
            array[i] = array[i - 1]
            i -= 1
        }
        array[i] = value
    }

    /// Pairs i < j with values[i] > values[j] (values in 0..<bound), by a Fenwick tree.
    static func inversions(_ values: [Int], _ bound: Int, _ tree: inout [Int]) -> Int {
        guard values.count > 1 else { return 0 }
        tree.removeAll(keepingCapacity: true)
        tree.append(contentsOf: repeatElement(0, count: bound + 1))
        var total = 0
        for (inserted, value) in values.enumerated() {
            var i = value + 1, atMost = 0
            while i > 0 { atMost += tree[i]; i -= i & -i }
            total += inserted - atMost
            i = value + 1
            while i <= bound { tree[i] += 1; i += i & -i }
        }
        return total
    }

    // MARK: Ordering

    func minimiseCrossings() -> [[Int]] {
        var order = naiveOrder
        var best = order
        var bestScore = crossings(order)
        guard rowCount > 1, bestScore.all > 0 else { return best }
        var pos = positions(order)
        var stale = 0
        for iteration in 0..<24 {
            sweep(&order, &pos, downward: iteration % 2 == 0)
            transpose(&order, &pos)
            let score = crossings(order)
            if score < bestScore {
                best = order
                bestScore = score
                stale = 0
                if score.all == 0 { break }
            } else {
                stale += 1
                if stale >= 8 { break }
            }
        }
        return best
    }

    private func barycentre(_ neighbours: [Neighbour], _ pos: [Int]) -> Double? {
        var sum = 0.0, weight = 0.0
        for n in neighbours {
            let w = n.aligns ? 1.0 : 0.25
            sum += w * Double(pos[n.vertex])
            weight += w
        }
        return weight > 0 ? sum / weight : nil
    }

    /// One barycentre sweep. Vertices without neighbours on the reference side keep their places.
    private func sweep(_ order: inout [[Int]], _ pos: inout [Int], downward: Bool) {
        let rows = downward ? Array(1..<rowCount) : Array((0..<(rowCount - 1)).reversed())
        for r in rows {
            var movable: [(key: Double, place: Int, vertex: Int)] = []
            var fixed = [Bool](repeating: false, count: order[r].count)
            for (place, v) in order[r].enumerated() {
                if let key = barycentre(downward ? up[v] : down[v], pos) {
                    movable.append((key, place, v))
                } else {
                    fixed[place] = true
                }
            }
            movable.sort { $0.key != $1.key ? $0.key < $1.key : $0.place < $1.place }
            var next = 0
            for place in 0..<order[r].count where !fixed[place] {
                order[r][place] = movable[next].vertex
                next += 1
            }
            for (place, v) in order[r].enumerated() { pos[v] = place }
        }
    }

    /// The sorted positions of the neighbours of a row's vertices: above, above by `aligns_to`, below, below by
    /// `aligns_to`; the positions for the vertex in slot s are at `starts[s]..<starts[s + 1]` of each list.
    private struct NeighbourPositions {
        var upAll: [Int] = [], upAligned: [Int] = [], downAll: [Int] = [], downAligned: [Int] = []
        var upAllStarts: [Int] = [], upAlignedStarts: [Int] = [], downAllStarts: [Int] = [], downAlignedStarts: [Int] = []
        var slot: [Int]

        init(vertexCount: Int) { slot = [Int](repeating: 0, count: vertexCount) }

        mutating func build(_ vertices: [Int], _ pos: [Int], up: Adjacency, down: Adjacency) {
            for (index, v) in vertices.enumerated() { slot[v] = index }
            Self.collect(vertices, pos, up, &upAll, &upAllStarts, &upAligned, &upAlignedStarts)
            Self.collect(vertices, pos, down, &downAll, &downAllStarts, &downAligned, &downAlignedStarts)
        }

        private static func collect(_ vertices: [Int], _ pos: [Int], _ adjacency: Adjacency,
                                    _ all: inout [Int], _ allStarts: inout [Int], _ aligned: inout [Int], _ alignedStarts: inout [Int]) {
            all.removeAll(keepingCapacity: true)
            aligned.removeAll(keepingCapacity: true)
            allStarts.removeAll(keepingCapacity: true)
            alignedStarts.removeAll(keepingCapacity: true)
            allStarts.append(0)
            alignedStarts.append(0)
            for v in vertices {
                let first = all.count, firstAligned = aligned.count
                for k in adjacency.offsets[v]..<adjacency.offsets[v + 1] {
                    let p = pos[adjacency.vertices[k]]
                    LayeredGraph.insert(p, into: &all, after: first)
                    if adjacency.aligns[k] { LayeredGraph.insert(p, into: &aligned, after: firstAligned) }
                }
                allStarts.append(all.count)
                alignedStarts.append(aligned.count)
            }
        }

        /// Pairs (a of the vertex in slot `left`, b of the one in slot `right`) with a > b (crossings while `left`
        /// is on the left) and with a < b (crossings once they are swapped); equal positions never cross.
        private static func crossings(_ values: [Int], _ starts: [Int], _ left: Int, _ right: Int) -> (now: Int, swapped: Int) {
            var k = starts[left], below = starts[right], atMost = below
            let leftEnd = starts[left + 1], rightStart = below, rightEnd = starts[right + 1]
            if k == leftEnd || below == rightEnd { return (0, 0) }
            var now = 0, swapped = 0
            while k < leftEnd {
                let a = values[k]
                while below < rightEnd, values[below] < a { below += 1 }
                if atMost < below { atMost = below }
                while atMost < rightEnd, values[atMost] <= a { atMost += 1 }
                now += below - rightStart
                swapped += rightEnd - atMost
                k += 1
            }
            return (now, swapped)
        }

        /// The crossings between the edges of `u` and `v` with `u` left of `v`, and with `v` left of `u`; those of
        /// two `aligns_to` segments weigh 1001, any other 1.
        func costs(_ u: Int, _ v: Int) -> (now: Int, swapped: Int) {
            let (a, b) = (slot[u], slot[v])
            let upAll = Self.crossings(self.upAll, upAllStarts, a, b), downAll = Self.crossings(self.downAll, downAllStarts, a, b)
            let upAligned = Self.crossings(self.upAligned, upAlignedStarts, a, b)
            let downAligned = Self.crossings(self.downAligned, downAlignedStarts, a, b)
            return (upAll.now + downAll.now + 1000 * (upAligned.now + downAligned.now),
                    upAll.swapped + downAll.swapped + 1000 * (upAligned.swapped + downAligned.swapped))
        }
    }

    /// Swaps neighbours in a row while that lowers the crossings. After a swap only the pairs next to it can
    /// change, so later passes look at those only.
    private func transpose(_ order: inout [[Int]], _ pos: inout [Int]) {
        var lists = NeighbourPositions(vertexCount: vertexCount)
        for r in 0..<rowCount where order[r].count > 1 {
            lists.build(order[r], pos, up: upAdjacency, down: downAdjacency)
            let pairs = order[r].count - 1
            var dirty = [Bool](repeating: true, count: pairs)
            var improved = true, passes = 0
            while improved && passes < 12 {
                improved = false
                passes += 1
                for i in 0..<pairs where dirty[i] {
                    dirty[i] = false
                    let u = order[r][i], v = order[r][i + 1]
                    let costs = lists.costs(u, v)
                    guard costs.now > costs.swapped else { continue }
                    order[r][i] = v
                    order[r][i + 1] = u
                    pos[v] = i
                    pos[u] = i + 1
                    if i > 0 { dirty[i - 1] = true }
                    if i + 1 < pairs { dirty[i + 1] = true }
                    improved = true
                }
            }
        }
    }

    // MARK: x coordinates

    private func separation(_ a: Int, _ b: Int) -> Double {
        let gap = a < realCount && b < realCount ? AlignmentLayout.nodeGap : AlignmentLayout.dummyGap
        return (width(a) + width(b)) / 2 + gap
    }

    /// How strongly an edge segment pulls its ends into line: `aligns_to` more than `contributes_to`, and
    /// segments between two dummy vertices most, so that long edges run straight.
    private func pull(_ a: Int, _ b: Int, aligns: Bool) -> Double {
        let base = aligns ? 1.0 : 0.2
        switch (a >= realCount, b >= realCount) {
        case (true, true): return base * 4
        case (false, false): return base
        default: return base * 0.5
        }
    }

    /// Centres of all vertices. Rows start packed and centred; then, row by row (down, then up, several times),
    /// each row is placed where it minimises Σ pull · (x − x of neighbour)² over its edges to the rows above and below
    /// while keeping every gap — an exact weighted isotonic regression. Every step lowers the same total, so the
    /// layout settles instead of drifting, and boxes never overlap. A last upward pass centres parents over their
    /// children.
    func assignX(_ order: [[Int]]) -> [Double] {
        var centre = [Double](repeating: 0, count: vertexCount)
        for vertices in order {
            var x = 0.0
            for (i, v) in vertices.enumerated() {
                if i > 0 { x += separation(vertices[i - 1], v) }
                centre[v] = x
            }
            let offset = x / 2
            for v in vertices { centre[v] -= offset }
        }
        guard rowCount > 1 else { return centre }
        let sweeps = Array(1..<rowCount) + Array((0..<(rowCount - 1)).reversed())
        for _ in 0..<8 {
            for r in sweeps {
                let goals = order[r].map { v -> (target: Double, weight: Double) in
                    var sum = 0.0, weight = 0.0
                    for n in up[v] + down[v] {
                        let w = pull(v, n.vertex, aligns: n.aligns)
                        sum += w * centre[n.vertex]
                        weight += w
                    }
                    return weight > 0 ? (sum / weight, weight) : (centre[v], 1e-3)
                }
                place(order[r], goals, &centre)
            }
        }
        // Parents over their children (objectives over objectives; over long edges only when they have no others).
        for r in (0..<(rowCount - 1)).reversed() {
            let goals = order[r].map { v -> (target: Double, weight: Double) in
                let children = down[v].filter { $0.vertex < realCount && $0.aligns }
                let chosen = v < realCount && !children.isEmpty ? children : down[v]
                var sum = 0.0, weight = 0.0
                for n in chosen {
                    let w = pull(v, n.vertex, aligns: n.aligns)
                    sum += w * centre[n.vertex]
                    weight += w
                }
                return weight > 0 ? (sum / weight, weight) : (centre[v], 1e-3)
            }
            place(order[r], goals, &centre)
        }
        return centre
    }

    /// Places one row: the centres closest to `goals` (least squares, weighted) that keep the order and every
    /// minimum gap. With c the packed offsets (c₀ = 0, cᵢ₊₁ = cᵢ + gapᵢ), y = x − c must be non-decreasing:
    /// pool adjacent violators on the targets minus c.
    private func place(_ vertices: [Int], _ goals: [(target: Double, weight: Double)], _ centre: inout [Double]) {
        let count = vertices.count
        guard count > 0 else { return }
        var packed = [Double](repeating: 0, count: count)
        for i in 1..<max(count, 1) { packed[i] = packed[i - 1] + separation(vertices[i - 1], vertices[i]) }
        // Blocks of pooled vertices: weighted mean, total weight, first index.
        var means: [Double] = [], weights: [Double] = [], firsts: [Int] = []
        for i in 0..<count {
            var mean = goals[i].target - packed[i], weight = goals[i].weight, first = i
            while let last = means.last, last >= mean {
                let w = weights[weights.count - 1]
                mean = (last * w + mean * weight) / (w + weight)
                weight += w
                first = firsts[firsts.count - 1]
                means.removeLast()
                weights.removeLast()
                firsts.removeLast()
            }
            means.append(mean)
            weights.append(weight)
            firsts.append(first)
        }
        var block = 0
        for i in 0..<count {
            while block + 1 < firsts.count, firsts[block + 1] <= i { block += 1 }
            centre[vertices[i]] = means[block] + packed[i]
        }
    }

    // MARK: Routes

    /// The drawn edges: where each leaves and enters its boxes (the ends of a box's edges spread along its
    /// side in the order of the other ends, so arrowheads do not pile up), and the dummy points between.
    func routes(x: [Double], top: (Int) -> Double) -> [AlignmentLayout.Route] {
        let height = AlignmentLayout.nodeHeight
        // Ports: per real vertex and side, the chains that end there, sorted by the x of their other end.
        var bottomPorts = [[(chain: Int, toward: Double)]](repeating: [], count: realCount)
        var topPorts = [[(chain: Int, toward: Double)]](repeating: [], count: realCount)
        for (c, chain) in chains.enumerated() {
            let vertices = chain.vertices
            if chain.sameRow {
                bottomPorts[vertices[0]].append((c, x[vertices[1]]))
                bottomPorts[vertices[1]].append((c, x[vertices[0]]))
            } else {
                bottomPorts[vertices[0]].append((c, x[vertices[1]]))
                topPorts[vertices[vertices.count - 1]].append((c, x[vertices[vertices.count - 2]]))
            }
        }
        var bottomX: [Int: [Int: Double]] = [:]
        var topX: [Int: [Int: Double]] = [:]
        func spread(_ ports: [(chain: Int, toward: Double)], _ centre: Double) -> [Int: Double] {
            let sorted = ports.sorted { $0.toward != $1.toward ? $0.toward < $1.toward : $0.chain < $1.chain }
            guard sorted.count > 1 else { return sorted.isEmpty ? [:] : [sorted[0].chain: centre] }
            let span = min(AlignmentLayout.nodeWidth - 48, 14 * Double(sorted.count - 1))
            var result: [Int: Double] = [:]
            for (i, port) in sorted.enumerated() {
                result[port.chain] = centre - span / 2 + span * Double(i) / Double(sorted.count - 1)
            }
            return result
        }
        for v in 0..<realCount {
            bottomX[v] = spread(bottomPorts[v], x[v])
            topX[v] = spread(topPorts[v], x[v])
        }

        var result: [AlignmentLayout.Route] = []
        for (c, chain) in chains.enumerated() {
            let vertices = chain.vertices
            if chain.sameRow {
                let (a, b) = (vertices[0], vertices[1])
                let bottom = top(row[a]) + height
                let last = row[a] == rowCount - 1
                let cap = last ? AlignmentLayout.bottomMargin - 4 : AlignmentLayout.rowGap * 0.6
                let depth = min(cap / 0.75, 18 + 0.1 * abs(x[a] - x[b]))
                result.append(.init(from: chain.from, to: chain.to, kind: chain.kind,
                                    start: (bottomX[a]![c]!, bottom), points: [], end: (bottomX[b]![c]!, bottom),
                                    pointsUp: false, sameRow: true, depth: depth))
                continue
            }
            let upper = vertices[0], lower = vertices[vertices.count - 1]
            var points: [(x: Double, y: Double)] = []
            for dummy in vertices.dropFirst().dropLast() {
                points.append((x[dummy], top(row[dummy])))
                points.append((x[dummy], top(row[dummy]) + height))
            }
            result.append(.init(from: chain.from, to: chain.to, kind: chain.kind,
                                start: (bottomX[upper]![c]!, top(row[upper]) + height), points: points,
                                end: (topX[lower]![c]!, top(row[lower])), pointsUp: chain.pointsUp, sameRow: false, depth: 0))
        }
        return result
    }
}
