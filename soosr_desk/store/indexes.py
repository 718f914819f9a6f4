"""Indexes that the models declare and a migration step creates, in one place so that
both read the same statements (issue 20: the contacts list sorted by any column)."""

# the contacts list sorted by each column through an index instead of sorting 100,000
# rows at each header click (issue 20, bench/contacts.py); company: from the company side
LIST_SORT_INDEXES = (
    'CREATE INDEX IF NOT EXISTS "company_sort_name" ON "company" (lower("name"))',
    'CREATE INDEX IF NOT EXISTS "contact_company_id_erased" ON "contact" ("company_id", "erased")',
    'CREATE INDEX IF NOT EXISTS "contact_sort_email" ON "contact" ("erased", lower("email"))',
    'CREATE INDEX IF NOT EXISTS "contact_sort_phone" ON "contact" ("erased", "phone")',
    'CREATE INDEX IF NOT EXISTS "contact_sort_city" ON "contact" ("erased", lower("city"))',
    'CREATE INDEX IF NOT EXISTS "contact_sort_relation" ON "contact" ("erased", "relation")',
    'CREATE INDEX IF NOT EXISTS "contact_sort_status" ON "contact" ("erased", "restricted", '
    '"objected_marketing")',
    'CREATE INDEX IF NOT EXISTS "contact_sort_updated" ON "contact" ("erased", "updated_at")',
)
