using Microsoft.CodeAnalysis.CSharp;

namespace CodeTables.Shared;

/// <summary>
/// The one contract between what the generator writes and what the analyzers, the code fixes and the MSBuild
/// targets read: attribute names, generated type and method names, the help-link base. Linked as source into the
/// generator, the analyzers and the fixes (they ship as separate assemblies); tests check the targets and docs against it.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>Where every diagnostic's page lives: <c>{HelpLinkBase}{ID}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/CodeTables/CodeTables/blob/main/docs/diagnostics/";

    /// <summary>The runtime's namespace: its attributes, <c>ICodeTable&lt;E&gt;</c> and the outcome taxonomy.</summary>
    public const string RuntimeNamespace = "CodeTables";
    public const string CodeTableAttribute = RuntimeNamespace + ".CodeTableAttribute";
    public const string CodeTableMemberAttribute = RuntimeNamespace + ".CodeTableMemberAttribute";
    public const string CodeOfAttribute = RuntimeNamespace + ".CodeOfAttribute";

    // The attributes' named arguments the generator writes and the analyzers read (Shared/CodeTableMetadata.cs).

    /// <summary><c>[CodeTable(OutcomeType = typeof(O))]</c>: the outcome enum the table classifies onto.</summary>
    public const string OutcomeTypeArgument = "OutcomeType";

    /// <summary><c>[CodeTable(KeyColumns = new[] { ... })]</c>: a composite key's column names.</summary>
    public const string KeyColumnsArgument = "KeyColumns";

    /// <summary>A decision table's input columns on <c>[CodeTable]</c> (<c>Inputs = new[] { "Cause=T", ... }</c>).</summary>
    public const string InputsArgument = "Inputs";

    /// <summary><c>[CodeTableMember(Outcome = O.X)]</c>: the member's outcome.</summary>
    public const string OutcomeArgument = "Outcome";

    /// <summary><c>[CodeOf(typeof(E), Column = "...")]</c>: the key column a value holds.</summary>
    public const string ColumnArgument = "Column";

    /// <summary>The runtime's outcome category enum (with <see cref="DefaultOutcomeType"/>, the taxonomy).</summary>
    public const string OutcomeCategoryType = RuntimeNamespace + ".CallOutcomeCategory";

    /// <summary>The outcome enum an Outcome column names unless a table or the project says otherwise.</summary>
    public const string DefaultOutcomeType = RuntimeNamespace + ".CallOutcome";

    /// <summary>The outcome member an empty Outcome cell, and a code not in the table, mean.</summary>
    public const string UnknownOutcome = "Unknown";

    // The types written beside each table's enum E.

    /// <summary><c>EExtensions</c>: the static lookups.</summary>
    public const string ExtensionsSuffix = "Extensions";

    /// <summary><c>ETable</c>: the table as a <c>CodeTables.ICodeTable&lt;E&gt;</c>.</summary>
    public const string TableSuffix = "Table";

    /// <summary><c>ECodes</c>: every member's code as a <c>const</c>.</summary>
    public const string CodesSuffix = "Codes";

    /// <summary>
    /// The private class nested in <c>EExtensions</c> that holds what the lookups read (rows, slot maps, the switches
    /// from a code to its member, shared lists). Nested and private, and named with the reserved <c>__</c> prefix, so
    /// no member a user declares in another part of the partial <c>EExtensions</c> can clash with a helper.
    /// </summary>
    public const string LookupHolder = "__Lookup";

    /// <summary>
    /// The file-local alias of a table's outcome type (<c>using __Outcome = global::CodeTables.CallOutcome;</c>) that
    /// the enum's member attributes and the rows name outcomes through: the full name once per file instead of once
    /// per row. Reserved <c>__</c> prefix, like <see cref="LookupHolder"/>.
    /// </summary>
    public const string OutcomeAlias = "__Outcome";

    /// <summary>
    /// The file-local alias of the table's enum (<c>using __Enum = global::Ns.E;</c>) that the code of its file (the
    /// lookups' signatures, casts, the descriptor and converters) names it through; doc comments keep the full name.
    /// </summary>
    public const string EnumAlias = "__Enum";

    /// <summary>The file-local alias of the table's extension class, which the descriptor and converters delegate to.</summary>
    public const string ExtensionsAlias = "__Extensions";

    /// <summary>
    /// The file-local alias of <c>[CodeTableMember]</c> (<c>using __Member = global::CodeTables.CodeTableMemberAttribute;</c>)
    /// that every member of the enum is marked through: the full name once per file instead of once per member.
    /// </summary>
    public const string MemberAttributeAlias = "__Member";

    /// <summary>
    /// The file-local aliases of <c>MethodImplAttribute</c> and <c>MethodImplOptions</c> that the one-read lookups are
    /// marked <c>[__MethodImpl(__MethodImplOptions.AggressiveInlining)]</c> through, as in hand-written code.
    /// </summary>
    public const string MethodImplAlias = "__MethodImpl";

    /// <summary>See <see cref="MethodImplAlias"/>.</summary>
    public const string MethodImplOptionsAlias = "__MethodImplOptions";

    /// <summary>The per-project registry of every table, in the project's default namespace.</summary>
    public const string Registry = "CodeTableRegistry";

    /// <summary>The MSBuild property that turns the registry off (<c>false</c>).</summary>
    public const string RegistryProperty = "CodeTablesRegistry";

    // Storage (docs/configuration.md, "Storing codes"): written only when the compilation references what they derive from.

    /// <summary><c>EJsonConverter</c>: a System.Text.Json converter that reads and writes the vendor's code, on the enum by <c>[JsonConverter]</c>.</summary>
    public const string JsonConverterSuffix = "JsonConverter";

    /// <summary><c>ETypeConverter</c>: a System.ComponentModel type converter from and to the code as text, on the enum by <c>[TypeConverter]</c>.</summary>
    public const string TypeConverterSuffix = "TypeConverter";

    /// <summary><c>EValueConverter</c>: an EF Core value converter that stores the vendor's code.</summary>
    public const string ValueConverterSuffix = "ValueConverter";

    /// <summary>The per-project class of the EF Core convention over every table, in the project's default namespace.</summary>
    public const string ModelConfiguration = "CodeTablesModelConfigurationExtensions";

    /// <summary>The EF Core convention: <c>configurationBuilder.StoreCodeTablesAsCodes()</c> in <c>ConfigureConventions</c>.</summary>
    public const string StoreCodeTablesAsCodes = "StoreCodeTablesAsCodes";

    /// <summary>The MSBuild property that turns the JSON converters off (<c>false</c>).</summary>
    public const string JsonProperty = "CodeTablesJson";

    /// <summary>The MSBuild property that turns the type converters off (<c>false</c>).</summary>
    public const string TypeConverterProperty = "CodeTablesTypeConverter";

    /// <summary>The MSBuild property that turns the EF Core value converters and convention off (<c>false</c>).</summary>
    public const string EntityFrameworkProperty = "CodeTablesEntityFramework";

    // The generated methods the analyzers and fixes recognise or call.
    public const string TryFromCode = "TryFromCode";
    public const string FromCode = "FromCode";
    public const string Classify = "Classify";
    public const string ToCode = "ToCode";
    public const string ToOutcome = "ToOutcome";
    public const string IsRetryable = "IsRetryable";
    public const string GetDescription = "GetDescription";
    public const string ToStringFast = "ToStringFast";
    public const string IsDefined = "IsDefined";
    public const string GetValues = "GetValues";

    /// <summary>The methods every table's extensions class has: a reference column's accessor may not take one of these names.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<string> ExtensionMethods = System.Collections.Immutable.ImmutableArray.Create(
        TryFromCode, FromCode, Classify, ToCode, ToOutcome, IsRetryable, GetDescription, ToStringFast, IsDefined, GetValues);

    // A decision table's methods (its rules are the enum's members).
    public const string Decide = "Decide";
    public const string TryDecide = "TryDecide";

    /// <summary>The extensions class of an enum: <c>Q850Cause</c> -> <c>Q850CauseExtensions</c>.</summary>
    public static string Extensions(string enumName) => enumName + ExtensionsSuffix;

    /// <summary>The table descriptor class of an enum: <c>Q850Cause</c> -> <c>Q850CauseTable</c>.</summary>
    public static string Table(string enumName) => enumName + TableSuffix;

    /// <summary>The code constants class of an enum: <c>Q850Cause</c> -> <c>Q850CauseCodes</c>.</summary>
    public static string Codes(string enumName) => enumName + CodesSuffix;

    /// <summary>The JSON converter of an enum: <c>Q850Cause</c> -> <c>Q850CauseJsonConverter</c>.</summary>
    public static string JsonConverter(string enumName) => enumName + JsonConverterSuffix;

    /// <summary>The type converter of an enum: <c>Q850Cause</c> -> <c>Q850CauseTypeConverter</c>.</summary>
    public static string TypeConverter(string enumName) => enumName + TypeConverterSuffix;

    /// <summary>The EF Core value converter of an enum: <c>Q850Cause</c> -> <c>Q850CauseValueConverter</c>.</summary>
    public static string ValueConverter(string enumName) => enumName + ValueConverterSuffix;

    /// <summary>The help link of a diagnostic ID.</summary>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    /// <summary>A name as written in C# source: keywords get '@' (<c>class</c> -> <c>@class</c>).</summary>
    public static string Escape(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>A type's full name (<c>N.Q850Cause</c>) as generated code writes it: <c>global::N.Q850Cause</c>, each part escaped where it is a keyword.</summary>
    public static string Global(string fullName) => "global::" + string.Join(".", System.Linq.Enumerable.Select(fullName.Split('.'), Escape));

    /// <summary>
    /// A type named after another, in its namespace, as generated code writes it: <c>Beside("N.Q850Cause", Extensions)</c>
    /// is <c>global::N.Q850CauseExtensions</c>. The one way generated and analysed code names the types of a table.
    /// </summary>
    public static string Beside(string fullName, System.Func<string, string> name)
    {
        var dot = fullName.LastIndexOf('.');
        return Global(dot < 0 ? name(fullName) : fullName.Substring(0, dot + 1) + name(fullName.Substring(dot + 1)));
    }
}
