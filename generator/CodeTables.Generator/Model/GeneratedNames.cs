namespace CodeTables.Shared
{
    /// <summary>
    /// The names of the types the generator writes beside a table's enum <c>E</c>. One file, compiled into the
    /// generator and linked into the analyzers (which the code fixes see), so the conventions cannot drift apart.
    /// </summary>
    internal static class GeneratedNames
    {
        /// <summary><c>EExtensions</c>: the static lookups.</summary>
        public const string ExtensionsSuffix = "Extensions";

        /// <summary><c>ETable</c>: the table as a <c>CodeTables.ICodeTable&lt;E&gt;</c>.</summary>
        public const string TableSuffix = "Table";

        /// <summary><c>ECodes</c>: every member's code as a <c>const</c>.</summary>
        public const string CodesSuffix = "Codes";

        /// <summary>The per-project registry of every table, in the project's default namespace.</summary>
        public const string Registry = "CodeTableRegistry";

        /// <summary>The MSBuild property that turns the registry off (<c>false</c>).</summary>
        public const string RegistryProperty = "CodeTablesRegistry";

        public static string Extensions(string enumName) => enumName + ExtensionsSuffix;

        public static string Table(string enumName) => enumName + TableSuffix;

        public static string Codes(string enumName) => enumName + CodesSuffix;
    }
}
