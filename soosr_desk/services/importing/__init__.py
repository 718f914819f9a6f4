"""Files in: contact lists (CSV, Excel, vCard) read into one table shape, mapped to
contact fields and imported as one batch."""
