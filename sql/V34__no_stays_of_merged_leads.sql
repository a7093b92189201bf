-- A merged lead leaves every report's cohort: its completed stays (lead_stay) go, as person.LeadFunnels now deletes
-- them when it merges, so that the time spent in each stage reads the stays alone, without joining the summary rows
-- (lead_funnel) that say who was merged.
DELETE s FROM lead_stay s JOIN `lead` l ON l.id = s.lead_id WHERE l.merged_into_id IS NOT NULL;
