/**
 * The programme: the six workstreams of the founding report (problems addressed, lead councils, activities and an
 * outcome measure over time); the yearly prioritisation rounds in which Core councils propose exemplar projects,
 * the LOTI team shortlists and each Core council casts one ballot (ranked choice by instant-runoff, or points);
 * the exemplar projects chosen, their delivery (phase, milestones, RAG status, councils and officer time, dated
 * updates) and their benefits, expected against measured. Core status comes from
 * {@link london.loti.hub.members.Membership}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme")
package london.loti.hub.programme;
