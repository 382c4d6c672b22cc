using CodeTables.Shared;
using Microsoft.CodeAnalysis;

namespace CodeTables.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports about a table. Messages name the table and what to do;
/// the location (file, line, column) comes with the diagnostic.
/// </summary>
internal static partial class Descriptors
{
    private const string Category = "CodeTables.Table";

    public static readonly DiagnosticDescriptor MalformedCsv = Error(
        "CT0001", "Malformed CSV",
        "Table '{0}': {1}. Fix the quoting on this line: a field that starts with a quote must end with a quote, and a quote inside it is written twice (\"\").");

    public static readonly DiagnosticDescriptor TooManyFields = Error(
        "CT0002", "Row has more fields than the header",
        "Table '{0}': line {1} has {2} fields but the header has {3}. Remove the extra fields or quote a cell that contains a comma.");

    public static readonly DiagnosticDescriptor MissingCodeColumn = Error(
        "CT0003", "Table has no Code column",
        "Table '{0}': the header has no 'Code' column; split at {1}, its columns are: {2}. Rename the code column to Code, or name it without editing the file: a '# key: Column' line above the header, or Key=\"Column\" on the <CodeTable> item (several columns, comma-separated, for a composite code). If the columns look wrong, the file uses another delimiter: set it with '# delimiter: ;' (or tab).");

    public static readonly DiagnosticDescriptor MissingKeyColumn = Error(
        "CT0004", "Key column not found",
        "Table '{0}': the key column '{1}' named by the 'key' directive is not in the header; split at {3}, its columns are: {2}.");

    public static readonly DiagnosticDescriptor EmptyTable = Warning(
        "CT0005", "Table has no codes",
        "Table '{0}' {1}, so no type is generated. {2}");

    public static readonly DiagnosticDescriptor DuplicateCode = Error(
        "CT0006", "Duplicate code",
        "Table '{0}': code {1} on line {2} is already defined on line {3}. Each code may appear once: remove or correct one of the rows.");

    public static readonly DiagnosticDescriptor CodeInRange = Error(
        "CT0007", "Code overlaps a range",
        "Table '{0}': {1} on line {2} overlaps {3} on line {4}. A code may be covered only once: narrow the range or remove one of the rows.");

    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "CT0008", "Duplicate member name",
        "Table '{0}': line {1} produces the member name '{2}', which line {3} already produces{4}. Give one of the rows a distinct Name.");

    public static readonly DiagnosticDescriptor InvalidName = Error(
        "CT0009", "Name is not a valid identifier",
        "Table '{0}': the Name '{1}' on line {2} is not a valid C# identifier: {3}. Use letters, digits and underscores, starting with a letter.");

    public static readonly DiagnosticDescriptor UnknownOutcome = Error(
        "CT0010", "Outcome is not a member of the outcome type",
        "Table '{0}': outcome '{1}' on line {2} is not a member of {3}{4}. Valid outcomes are: {5}.");

    public static readonly DiagnosticDescriptor InvalidRetry = Error(
        "CT0011", "Invalid Retry value",
        "Table '{0}': Retry '{1}' on line {2} is not valid. Use yes, no, true or false, or leave the cell empty for the outcome's default advice.");

    public static readonly DiagnosticDescriptor UnknownDirective = Warning(
        "CT0012", "Unknown directive",
        "Table '{0}': unknown directive '{1}' on line {2}{3}; it is ignored. Known directives: {4}.");

    public static readonly DiagnosticDescriptor OutcomeTypeNotFound = Error(
        "CT0013", "Outcome type not found",
        "Table '{0}': the outcome type '{1}' {2}. Name an enum by its full name (Namespace.Type) in the 'outcome-type' directive, or reference the assembly that defines it.");

    public static readonly DiagnosticDescriptor DuplicateType = Error(
        "CT0014", "Two tables generate the same type",
        "Table '{0}' generates the type '{1}', which table '{2}' already generates. Set a different 'enum' or 'namespace' directive in one of them.");

    public static readonly DiagnosticDescriptor InvalidTypeName = Error(
        "CT0015", "Invalid type or namespace name",
        "Table '{0}': {1} '{2}' is not a valid C# {3}. Set it with the '{4}' directive (letters, digits and underscores, starting with a letter).");

    public static readonly DiagnosticDescriptor CannotDeriveName = Error(
        "CT0016", "Cannot derive a member name",
        "Table '{0}': no member name can be derived from code {1} on line {2} (it has no letters or digits). Add a Name column and give this row a name.");

    public static readonly DiagnosticDescriptor InvalidRange = Error(
        "CT0017", "Invalid code range",
        "Table '{0}': the range '{1}' on line {2} {3}. Write a range as FIRST~LAST (or FIRST..LAST) with FIRST <= LAST and at most {4} codes.");

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Error(
        "CT0018", "C# language version too low",
        "CodeTables needs C# 7.3 or later to compile table '{0}', but the project uses C# {1}. Set <LangVersion>7.3</LangVersion> or later in the project file.");

    public static readonly DiagnosticDescriptor UnreadableFile = Error(
        "CT0019", "Table file cannot be read",
        "Table '{0}' cannot be read. Check that the file exists and is UTF-8 text.");

    public static readonly DiagnosticDescriptor EmptyCode = Error(
        "CT0020", "Row has no code",
        "Table '{0}': line {1} has an empty Code cell. Every row needs a code: fill it in or delete the row.");

    public static readonly DiagnosticDescriptor DuplicateColumn = Error(
        "CT0021", "Duplicate column",
        "Table '{0}': the column '{1}' appears twice in the header. Column names are case-insensitive: rename or remove one.");

    public static readonly DiagnosticDescriptor MissingOutcomeMember = Error(
        "CT0022", "Outcome type has no Unknown member",
        "Table '{0}': row on line {1} has an empty Outcome, which means 'Unknown', but {2} has no member named Unknown. Fill in the Outcome cell.");

    public static readonly DiagnosticDescriptor MalformedDirective = Warning(
        "CT0023", "Malformed directive",
        "Table '{0}': line {1} starts with '#' but is not a directive of the form '# key: value'; it is ignored.");

    public static readonly DiagnosticDescriptor TableListedTwice = Error(
        "CT0024", "Table listed more than once",
        "Table '{0}' is listed more than once as a CodeTable item (for example by a wildcard and by an item of its own), so no type is generated from it. Keep one item; to set metadata on a file a wildcard already includes, use <CodeTable Update=\"path\" Enum=\"...\" />.");

    /// <summary>
    /// Reported by the MSBuild targets (buildTransitive/CodeTables.targets, target CodeTablesCheckFilesExist) before
    /// the compiler runs, not by the generator, which may not look at the file system. Declared here so that its ID,
    /// severity, category and help link live with the others and release tracking covers it.
    /// </summary>
    public static readonly DiagnosticDescriptor TableFileNotFound = Error(
        "CT0025", "CodeTable file not found",
        "Project '{0}' lists a CodeTable file that does not exist: {1}. Create the file, correct the path in the CodeTable item, or remove the item.");

    public static readonly DiagnosticDescriptor InvalidSetting = Error(
        "CT0026", "Invalid directive value",
        "Table '{0}': {1} is not valid: {2}. The table is not generated until it is corrected.");

    public static readonly DiagnosticDescriptor NotAnInteger = Warning(
        "CT0027", "Code is not an integer",
        "Table '{0}': the code '{1}' on line {2} is not an integer, but {3}, so the row is skipped and the table stays an integer table. If the line is a heading or a note, start it with '#' (a comment) or delete it; if the codes really are text, add '# code-type: string' above the header.");

    public static readonly DiagnosticDescriptor PaddedCode = Warning(
        "CT0028", "Spaces around a code",
        "Table '{0}': the {1} '{2}' on line {3} has spaces around it; they are not part of the code, which is read as '{4}'. Remove the spaces from the cell.");

    public static readonly DiagnosticDescriptor ValueWithoutHeader = Error(
        "CT0029", "Value under an empty header",
        "Table '{0}': line {1} has the value '{2}' in column {3}, whose header cell is empty, so the row is dropped. Give the column a name in the header, or move or delete the value.");

    public static readonly DiagnosticDescriptor NotUtf8 = Warning(
        "CT0030", "Table is not UTF-8",
        "Table '{0}': line {1} contains text that is not valid UTF-8 (the compiler shows it as U+FFFD, '\uFFFD'), so some characters are lost in the generated names, docs and descriptions. Save the file as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)').");

    /// <summary>
    /// Reported by the MSBuild targets (target CodeTablesWarnNotCSharp) for a project that is not C#: the generator
    /// only runs in C# compilations, so its tables would otherwise be silently ignored.
    /// </summary>
    public static readonly DiagnosticDescriptor NotCSharp = Warning(
        "CT0031", "CodeTables generates C# only",
        "Project '{0}' has CodeTable items, but CodeTables generates C# only, so no types are generated from them in this {1} project. Put the tables in a C# project and reference it.");

    public static readonly DiagnosticDescriptor WrongDelimiter = Error(
        "CT0032", "Row uses another delimiter",
        "Table '{0}': line {1} does not fit the header split at the table's delimiter {2} ({3} cells for {4} columns), but split at {5} it has {6}: the row seems to use {5}, so it is dropped. Write the row with {2}, or quote a cell that contains {5}.");

    public static readonly DiagnosticDescriptor CodeHoldsDelimiter = Warning(
        "CT0033", "Code contains another delimiter",
        "Table '{0}': the code '{1}' on line {2} contains {3}, but the table's delimiter is {4}, so the whole text is one code. If the row was typed with {3}, write it with {4}; if the code really contains {3}, quote the cell.");

    public static readonly DiagnosticDescriptor MisspeltColumn = Warning(
        "CT0034", "Header looks like a misspelt column name",
        "Table '{0}': the header has no {1} column, and the column '{2}' looks like a misspelling of '{1}', so it is kept as an extra column and plays no role. Rename it to {1}, or, if '{2}' is an extra column on purpose, say so with '# columns: Extra={2}'.");

    public static readonly DiagnosticDescriptor ReferenceTargetNotFound = Error(
        "CT0040", "Referenced table not found",
        "Table '{0}': the column '{1}' references '{2}', which {3}. Name the target table's generated enum (Namespace.Type, or the simple name for a table of this project) in the 'references' directive, or reference the assembly that defines it; the column gets no accessor.");

    public static readonly DiagnosticDescriptor ReferenceTargetNotCodeTable = Error(
        "CT0041", "Referenced type is not a code table",
        "Table '{0}': the column '{1}' references '{2}', which {3}. A reference names the enum generated from another code table with single codes; the column gets no accessor.");

    public static readonly DiagnosticDescriptor MalformedReferences = Error(
        "CT0042", "Malformed references directive",
        "Table '{0}': the 'references' directive {1}. Write it as '# references: Column=TargetEnum, OtherColumn=TargetEnum[]' ('[]' when a cell holds a list of codes).");

    public static readonly DiagnosticDescriptor ReferenceColumnNotFound = Error(
        "CT0043", "Reference column not found",
        "Table '{0}': the 'references' directive names the column '{1}', which {2}. Header columns are: {3}.");

    public static readonly DiagnosticDescriptor UnknownReferencedCode = Error(
        "CT0044", "Referenced code not in the target table",
        "Table '{0}': code '{1}' in the {2} column on line {3} is not a code of {4} ('{5}'){6}. Correct the code, or add it to '{5}'; until then this row's {2} reference leaves it out.");

    public static readonly DiagnosticDescriptor ReferenceAccessorClash = Error(
        "CT0045", "Reference accessor name clash",
        "Table '{0}': the reference column '{1}' would generate the method '{2}', which {3}. Rename the column so that its accessor has a name of its own; the column gets no accessor.");

    public static readonly DiagnosticDescriptor GeneratedTypeClash = Error(
        "CT0070", "Generated type has the name of a type of the project",
        "Table '{0}' generates the type '{1}', but the project declares the {2} '{1}' ({3}), so {4}. Rename that type, or give the table another enum name or namespace with the 'enum' or 'namespace' directive.");

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: GeneratedNames.HelpLink(id));
}
