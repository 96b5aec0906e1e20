/// A node of the unit tree: the company, a department, a team.
public struct Unit: Sendable, Equatable {
    public var id: String
    public var name: String
    public var parent: String?
    /// Person id of the unit's lead.
    public var lead: String?
    public var location: SourceLocation?
    public var parentLocation: SourceLocation?
    public var leadLocation: SourceLocation?

    public init(id: String, name: String, parent: String? = nil, lead: String? = nil, location: SourceLocation? = nil,
                parentLocation: SourceLocation? = nil, leadLocation: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.parent = parent
        self.lead = lead
        self.location = location
        self.parentLocation = parentLocation
        self.leadLocation = leadLocation
    }
}

/// Someone who can own objectives and key results.
public struct Person: Sendable, Equatable {
    public var id: String
    public var name: String
    public var unit: String?
    public var location: SourceLocation?
    public var unitLocation: SourceLocation?

    public init(id: String, name: String, unit: String? = nil, location: SourceLocation? = nil, unitLocation: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.location = location
        self.unitLocation = unitLocation
    }
}

/// Units and people from org.yaml, or units taken from the folders when there is no org.yaml.
public struct Organisation: Sendable {
    public let units: [Unit]
    public let people: [Person]
    /// The id of the single root unit.
    public let rootID: String
    /// True when org.yaml was absent and the units were taken from the folders.
    public let isImplicit: Bool
    /// Every unit, the root first, each followed by the units below it (depth first, in org.yaml order).
    public private(set) var unitsInTreeOrder: [Unit] = []

    private var unitIndex: [String: Int]
    private var personIndex: [String: Int]
    private var childIndex: [String: [String]]
    private var memberIndex: [String: [Int]]
    private var leadIndex: [String: [String]]

    public init(units: [Unit], people: [Person], rootID: String, isImplicit: Bool) {
        self.units = units
        self.people = people
        self.rootID = rootID
        self.isImplicit = isImplicit
        var unitIndex: [String: Int] = [:]
        for (index, unit) in units.enumerated() where unitIndex[unit.id] == nil { unitIndex[unit.id] = index }
        var personIndex: [String: Int] = [:]
        for (index, person) in people.enumerated() where personIndex[person.id] == nil { personIndex[person.id] = index }
        var childIndex: [String: [String]] = [:]
        var leadIndex: [String: [String]] = [:]
        for unit in units {
            if let parent = unit.parent { childIndex[parent, default: []].append(unit.id) }
            if let lead = unit.lead { leadIndex[lead, default: []].append(unit.id) }
        }
        var memberIndex: [String: [Int]] = [:]
        for (index, person) in people.enumerated() { if let unit = person.unit { memberIndex[unit, default: []].append(index) } }
        self.unitIndex = unitIndex
        self.personIndex = personIndex
        self.childIndex = childIndex
        self.memberIndex = memberIndex
        self.leadIndex = leadIndex
        unitsInTreeOrder = ([rootID] + descendants(of: rootID)).compactMap(unit)
    }

    public func unit(_ id: String) -> Unit? { unitIndex[id].map { units[$0] } }
    public func person(_ id: String) -> Person? { personIndex[id].map { people[$0] } }

    /// The people whose `unit` is this unit, in the order org.yaml lists them.
    public func members(of unitID: String) -> [Person] { (memberIndex[unitID] ?? []).map { people[$0] } }

    /// Ids of the units this person leads, in the order org.yaml lists them.
    public func unitsLed(by personID: String) -> [String] { leadIndex[personID] ?? [] }

    /// Direct sub-units in the order org.yaml lists them.
    public func children(of unitID: String) -> [String] { childIndex[unitID] ?? [] }

    /// The unit's parent, grandparent, … up to the root (nearest first).
    public func ancestors(of unitID: String) -> [String] {
        var result: [String] = []
        var current = unit(unitID)?.parent
        while let id = current, !result.contains(id), id != unitID {
            result.append(id)
            current = unit(id)?.parent
        }
        return result
    }

    /// Every unit below this one, depth first.
    public func descendants(of unitID: String) -> [String] {
        var result: [String] = []
        var stack = children(of: unitID).reversed() as [String]
        var seen: Set<String> = [unitID]
        while let id = stack.popLast() {
            guard seen.insert(id).inserted else { continue }
            result.append(id)
            stack.append(contentsOf: children(of: id).reversed())
        }
        return result
    }

    /// Distance from the root: 0 for the root, 1 for departments, …
    public func depth(of unitID: String) -> Int { ancestors(of: unitID).count }

    public func isRoot(_ unitID: String) -> Bool { unitID == rootID }

    /// The display name of a person id, or the text itself for a free-text owner.
    public func displayName(ofOwner owner: String) -> String {
        Identifier.normalized(owner).flatMap { person($0)?.name } ?? owner
    }
}
