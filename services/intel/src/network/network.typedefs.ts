import { gql } from 'graphql-tag';

export const networkTypeDefs = gql`
  extend type Query {
    "The records and links of a scope, as far as you may see them. Hidden links show as withheld markers."
    network(scope: NetworkScope!, via: [LinkKind!], "Nodes at most: 1 to 5,000." limit: Int = 500): Network!
    "Every shortest chain of links between two records you may see, up to maxHops (1 to 6) long."
    paths(from: NetworkRecordInput!, to: NetworkRecordInput!, maxHops: Int = 4, via: [LinkKind!], "Paths at most: 1 to 50." first: Int = 10): Paths!
    "The records that matter most to a scope's network, by the measure asked for."
    keyPlayers(
      scope: NetworkScope!
      measure: KeyPlayerMeasure!
      via: [LinkKind!]
      "Players returned: 1 to 100."
      first: Int = 10
      "Nodes of the scope analysed at most: 1 to 20,000."
      limit: Int = 10000
    ): KeyPlayers!
    "The groups of a scope's network: records more linked to each other than to the rest (Louvain)."
    communities(scope: NetworkScope!, via: [LinkKind!], "Nodes of the scope analysed at most: 1 to 20,000." limit: Int = 10000): Communities!
    "People at risk in a scope: exposed through family, household or friends who are suspects, and flagged victims."
    peopleAtRisk(
      scope: NetworkScope!
      "People in each list: 1 to 100."
      first: Int = 20
      "Nodes of the scope analysed at most: 1 to 20,000."
      limit: Int = 10000
    ): PeopleAtRisk!
    "A deal line's footprint across forces, from the record of its phone number."
    countyLine(phoneId: ID!): CountyLine!
    "Places touched by the most cases you may see (events there, addresses they record), with coordinates."
    hotspots(filter: NetworkFilter, "Places: 1 to 500." first: Int = 20): [Hotspot!]!
    "Counts of the cases you may see, grouped as asked (at most 1,000 groups, largest first)."
    crimeStatistics(groupBy: [StatisticsGrouping!]!, filter: NetworkFilter): [CrimeCount!]!
  }

  extend type Mutation {
    """
    Discloses a scope's network to named recipients outside Crosslink, as GraphML, CSV or an i2
    Analyst's Notebook chart (ANX). Always needs a purpose (the x-crosslink-purpose header); the hub's
    and forces' analysts and supervisors may export. Audited as one disclosure, naming the recipients
    and every record and case in the files, before the files are returned. Links to what you may not
    see are left out (the answer counts them), so another force's knowledge is never passed on.
    """
    exportNetwork(input: ExportNetworkInput!): NetworkExport!
  }

  enum NetworkExportFormat {
    "GraphML, for Gephi, yEd and networkx."
    GRAPHML
    "Two files, nodes.csv and edges.csv, for spreadsheets."
    CSV
    "An i2 Analyst's Notebook exchange chart, every item graded 3x5x2 as given."
    ANX
  }

  input ExportNetworkInput {
    scope: NetworkScope!
    format: NetworkExportFormat!
    "Who receives the export, e.g. 'CPS North West': 1-10 recipients, each 2-200 characters."
    recipients: [String!]!
    "The 3x5x2 grade every item of an ANX chart carries; required for ANX, ignored otherwise."
    grading: GradingInput
    via: [LinkKind!]
    "Nodes at most: 1 to 5,000."
    limit: Int = 500
  }

  "A network as disclosed to named recipients."
  type NetworkExport {
    format: NetworkExportFormat!
    "Who the export was disclosed to, as given."
    recipients: [String!]!
    "The purpose stated for the disclosure."
    purpose: String!
    exportedBy: String!
    exportedAt: DateTime!
    "Every record in the files, as Label:id; the disclosure's audit event names the same."
    records: [String!]!
    size: ScopeSize!
    "Links to records you may not see, left out of the files."
    withheld: Int!
    files: [ExportFile!]!
  }

  "One file of an export, its content as text."
  type ExportFile {
    name: String!
    mediaType: String!
    content: String!
  }

  "Where a network starts: exactly one of seeds, caseIds, operationId or everything; then hops out from there."
  input NetworkScope {
    "Records to start from (1 to 100)."
    seeds: [NetworkRecordInput!]
    "The people of these cases (1 to 100)."
    caseIds: [ID!]
    "The people of the cases joined to this operation."
    operationId: ID
    "The people of every case you may see: the hub's analysts and supervisors only, bounded by the limit."
    everything: Boolean
    "Links followed out from the starting records: 0 to 3."
    hops: Int = 1
    "Only links asserted in cases that match."
    filter: NetworkFilter
  }

  "Narrows the links of a scope to those asserted in matching cases."
  input NetworkFilter {
    "Owning forces, by code."
    forces: [ID!]
    crimeTypes: [String!]
    "Cases opened at or after this instant."
    from: DateTime
    "Cases opened before this instant."
    to: DateTime
  }

  input NetworkRecordInput {
    kind: NetworkNodeKind!
    id: ID!
  }

  enum NetworkNodeKind {
    PERSON
    PHONE
    VEHICLE
    EMAIL
    ONLINE_ACCOUNT
    BANK_ACCOUNT
    LOCATION
  }

  "How two records are linked. Every link names the case that asserts it."
  enum LinkKind {
    KNOWS
    FAMILY_REL
    LIVES_WITH
    "Linked on a social network."
    KNOWS_SN
    "In each other's phone contacts."
    KNOWS_PHONE
    "Suspects or offenders of the same case."
    CO_OFFENDING
    HOLDS_PHONE
    KEEPS_VEHICLE
    USES_EMAIL
    HOLDS_ONLINE_ACCOUNT
    HOLDS_BANK_ACCOUNT
    "A person's address, as a case records it."
    LIVES_AT
    """
    Two records of one person, as a reviewer decided (decideMatch with SAME): no case asserts it, so
    it has no caseId, and deciding DIFFERENT undoes it.
    """
    SAME_PERSON
  }

  enum KeyPlayerMeasure {
    "Number of records linked to."
    DEGREE
    "Number of shortest chains between other records that pass through."
    BETWEENNESS
    PAGERANK
    "Number of pairs of its contacts that are linked to each other."
    TRIANGLES
  }

  type Network {
    nodes: [NetworkNode!]!
    edges: [NetworkEdge!]!
    "Things you may not see that touch these records: known to another force, nothing more."
    withheld: [WithheldMarker!]!
    "True when the limit stopped the network growing: the scope holds more."
    truncated: Boolean!
    size: ScopeSize!
    "The network's places (its LOCATION records) as you are shown them, coordinates included where recorded: for a map."
    places: [NetworkPlace!]!
    "The cases asserting the network's links, oldest first: for a timeline."
    cases: [NetworkCase!]!
    "Events of those cases, oldest first (at most 500): for a timeline."
    events: [NetworkEvent!]!
  }

  type NetworkNode {
    id: ID!
    kind: NetworkNodeKind!
    "A name, number, VRM, address or account, as an analyst reads it on a chart."
    label: String!
  }

  type NetworkEdge {
    kind: LinkKind!
    from: ID!
    to: ID!
    "The case asserting the link."
    caseId: ID
    caseReference: String
    "The force owning that case."
    force: ID
  }

  "Discovery without disclosure: something you may not see, known to force, touches these records."
  type WithheldMarker {
    force: ID!
    touches: [ID!]!
    "For example: Known to MPS: ask its officers for access."
    message: String!
  }

  type ScopeSize {
    nodes: Int!
    edges: Int!
    truncated: Boolean!
  }

  type Paths {
    "Length of the shortest chains in links; null when none was found within maxHops."
    hops: Int
    paths: [Path!]!
    "True when the search reached so many records that it stopped: a path may exist beyond them."
    truncated: Boolean!
  }

  type Path {
    nodes: [NetworkNode!]!
    steps: [PathStep!]!
  }

  "Two consecutive records of a path and every link joining them (one per kind and case)."
  type PathStep {
    from: ID!
    to: ID!
    links: [NetworkEdge!]!
  }

  type KeyPlayers {
    measure: KeyPlayerMeasure!
    players: [KeyPlayer!]!
    "True when the scores are estimated: betweenness on a scope of more than 2,000 records, from 500 sources drawn at random (seeded)."
    approximate: Boolean!
    size: ScopeSize!
  }

  type KeyPlayer {
    node: NetworkNode!
    score: Float!
    "1 for the highest score; ties share a rank."
    rank: Int!
  }

  type Communities {
    "Largest first."
    groups: [Community!]!
    "Newman modularity of the grouping, from -0.5 to 1."
    modularity: Float!
    size: ScopeSize!
  }

  type Community {
    index: Int!
    size: Int!
    members: [NetworkNode!]!
  }

  type PeopleAtRisk {
    "People in no case as a suspect or offender whose family, household or friends are, most such contacts first."
    exposed: [PersonAtRisk!]!
    "Victims carrying a safeguarding flag, with their links to suspects and offenders."
    flaggedVictims: [PersonAtRisk!]!
    size: ScopeSize!
  }

  type PersonAtRisk {
    node: NetworkNode!
    flags: [RiskFlag!]!
    offenderContacts: [OffenderContact!]!
  }

  type OffenderContact {
    node: NetworkNode!
    links: [NetworkEdge!]!
  }

  enum RiskFlag {
    "Under 18, or possibly so on a partial date of birth."
    CHILD
    VULNERABLE
    "Referred to the National Referral Mechanism."
    NRM_VICTIM
  }

  type CountyLine {
    phone: NetworkNode!
    "The cases you may see that record the line, oldest first."
    cases: [NetworkCase!]!
    "Forces of those cases, then forces known only as withheld."
    forces: [ID!]!
    "Forces recording the line in cases you may not see."
    withheld: [WithheldMarker!]!
    "IMEIs of handsets seen using the number."
    handsets: [String!]!
    "Suspects or offenders holding the line."
    controllers: [LineMember!]!
    "Other holders, and every child in the line's cases."
    runners: [LineMember!]!
    "Homes of vulnerable adult victims in the line's cases."
    cuckooed: [CuckooedAddress!]!
    "Events of the line's cases, oldest first."
    timeline: [NetworkEvent!]!
  }

  "A case you may see, as an analyst's chart or timeline names it."
  type NetworkCase {
    id: ID!
    reference: String!
    force: ID!
    title: String
    crimeTypes: [String!]!
    openedAt: DateTime
  }

  type LineMember {
    person: NetworkNode!
    child: Boolean!
    holdsLine: Boolean!
    roles: [LineRole!]!
  }

  type LineRole {
    caseId: ID!
    role: String!
  }

  type CuckooedAddress {
    address: NetworkPlace!
    occupant: NetworkNode!
  }

  "A place: its postcode, and the lines, town, coordinates and force area a case you may see records for it (your force's first)."
  type NetworkPlace {
    id: ID!
    line1: String
    town: String
    postcode: String
    latitude: Float
    longitude: Float
    forceArea: ID
  }

  "An event of a case you may see: what happened, when (to its precision) and, when recorded, where."
  type NetworkEvent {
    id: ID!
    kind: String!
    description: String
    occurredAt: DateTime
    precision: String
    caseId: ID!
    force: ID!
    locationId: ID
  }

  type Hotspot {
    location: NetworkPlace!
    "Cases you may see touching the place."
    cases: Int!
    forces: [ID!]!
  }

  enum StatisticsGrouping {
    CRIME_TYPE
    FORCE
    "Of the case's first event place."
    POSTCODE_DISTRICT
    "Month opened, YYYY-MM."
    MONTH
  }

  "One group's count; a field is null when not grouped by it (or unknown for the case)."
  type CrimeCount {
    crimeType: String
    force: ID
    postcodeDistrict: String
    month: String
    cases: Int!
  }
`;
