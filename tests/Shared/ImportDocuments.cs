namespace StarCoach.Testing;

/// <summary>Small prep documents for the import summary and its corrections, shared by the Data, Web and browser tests.</summary>
internal static class ImportDocuments
{
    /// <summary>
    /// Lines 3 and 5 are kept aside (a heading with no question, text before the first question); line 11 is read as a
    /// question only because it is numbered like the one before it, so it is listed to check first.
    /// </summary>
    public const string Unsure = """
        Retail prep

        Customer complaints

        I calmed a customer whose order had gone missing twice by calling the depot while she waited.

        1. Tell me about a time you worked under pressure.

        Our store lost two staff on Black Friday. I split the floor into zones and took the tills myself. We served every customer within ten minutes.

        2. A time you trained a new colleague

        A new starter froze at the till on her first Saturday. I stood beside her for an hour and let her take over one step at a time. She ran the till alone by the afternoon.
        """;
}
