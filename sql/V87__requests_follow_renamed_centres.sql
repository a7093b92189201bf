-- A request that chose a centre keeps it by its address name (inquiry.requested_tenant_slug), which the coordination's
-- queue and the routing of requests read. One recorded with a name the centre had left when the coordinating
-- organisation renamed it (a link or a partner's integration from before), or recorded before the rename, kept that
-- name: it reached the coordination's queue without its centre. Each is given the name of today of the centre that
-- left the name, while no centre holds it (a name another centre took since is that centre's). From now on a rename
-- gives the centre's requests its new name in the rename's transaction, and a request is recorded under it.
UPDATE inquiry i
    JOIN tenant_former_slug f ON f.slug = i.requested_tenant_slug
    JOIN tenant t ON t.id = f.tenant_id
    LEFT JOIN tenant held ON held.slug = f.slug
SET i.requested_tenant_slug = t.slug
WHERE held.id IS NULL;
