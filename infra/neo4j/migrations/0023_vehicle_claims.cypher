// A vehicle's make, model and colour are what one case says of it: its claim, held on the sighting
// (SEEN_IN) that ties the shared Vehicle to that case. Descriptions stored on the shared node before
// now move to the sighting of the case that recorded the vehicle first (by the officer who created
// the node), and leave the node, so no force's description is shown as another's.
MATCH (v:Vehicle) WHERE v.make IS NOT NULL OR v.model IS NOT NULL OR v.colour IS NOT NULL
CALL (v) {
  MATCH (v)-[s:SEEN_IN]->(:Case)
  WITH s ORDER BY CASE WHEN s.recordedBy = v.createdBy THEN 0 ELSE 1 END, s.at
  LIMIT 1
  SET s.make = coalesce(s.make, v.make), s.model = coalesce(s.model, v.model), s.colour = coalesce(s.colour, v.colour)
}
REMOVE v.make, v.model, v.colour;
