<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>ContactsPage</name>
    <message numerus="yes">
      <source>%n contact(s)</source>
      <translation>
        <numerusform>%n contact</numerusform>
        <numerusform>%n contacts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n column(s)</source>
      <translation>
        <numerusform>%n column</numerusform>
        <numerusform>%n columns</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MappingPreview</name>
    <message numerus="yes">
      <source>%n row(s): %3 added, %4 updated, %5 skipped.</source>
      <translation>
        <numerusform>%n row: %3 added, %4 updated, %5 skipped.</numerusform>
        <numerusform>%n rows: %3 added, %4 updated, %5 skipped.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RequestEditor</name>
    <message numerus="yes">
      <source>Deadline %1: %n day(s) left.</source>
      <translation>
        <numerusform>Deadline %1: %n day left.</numerusform>
        <numerusform>Deadline %1: %n days left.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deadline %1 has passed (%n day(s) ago)!</source>
      <translation>
        <numerusform>Deadline %1 has passed (%n day ago)!</numerusform>
        <numerusform>Deadline %1 has passed (%n days ago)!</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RequestsPage</name>
    <message numerus="yes">
      <source>%n file(s) written to %1.</source>
      <translation>
        <numerusform>%n file written to %1.</numerusform>
        <numerusform>%n files written to %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RetentionPage</name>
    <message numerus="yes">
      <source>Erase %n contact(s) for good? Their notes, consents and details go; what the fiscal duty keeps stays until its time is up.</source>
      <translation>
        <numerusform>Erase %n contact for good? Their notes, consents and details go; what the fiscal duty keeps stays until its time is up.</numerusform>
        <numerusform>Erase %n contacts for good? Their notes, consents and details go; what the fiscal duty keeps stays until its time is up.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Destroy the financial records past their seven years of %n contact(s)? The contacts themselves stay.</source>
      <translation>
        <numerusform>Destroy the financial records past their seven years of %n contact? The contacts themselves stay.</numerusform>
        <numerusform>Destroy the financial records past their seven years of %n contacts? The contacts themselves stay.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n contact(s) erased.</source>
      <translation>
        <numerusform>%n contact erased.</numerusform>
        <numerusform>%n contacts erased.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n financial record(s) past their seven years destroyed; those contacts stay.</source>
      <translation>
        <numerusform>%n financial record past their seven years destroyed; those contacts stay.</numerusform>
        <numerusform>%n financial records past their seven years destroyed; those contacts stay.</numerusform>
      </translation>
    </message>
  </context>
</TS>