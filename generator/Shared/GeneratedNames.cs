using Microsoft.CodeAnalysis.CSharp;

namespace CodeTables.Shared
{
    /// <summary>
    /// The one contract between what the generator writes and what the analyzers, the code fixes and the MSBuild
    /// targets read: attribute names, generated type and method names, the help-link base. Linked as source into the
    /// generator, the analyzers and the fixes (they ship as separate assemblies); tests check the targets and docs against it.
    /// </summary>
    internal static class GeneratedNames
    {
        /// <summary>Where every diagnostic's page lives: <c>{HelpLinkBase}{ID}.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/CodeTables/CodeTables/blob/main/docs/diagnostics/";

        public const string RuntimeNamespace = "CodeTables";
        public const string CodeTableAttribute = "CodeTables.CodeTableAttribute";
        public const string CodeTableMemberAttribute = "CodeTables.CodeTableMemberAttribute";
        public const string CodeOfAttribute = "CodeTables.CodeOfAttribute";

        /// <summary>The outcome enum an Outcome column names unless a table or the project says otherwise.</summary>
        public const string DefaultOutcomeType = "CodeTables.CallOutcome";

        /// <summary>The outcome member an empty Outcome cell, and a code not in the table, mean.</summary>
        public const string UnknownOutcome = "Unknown";

        /// <summary>The static class beside each enum E that holds its lookups: <c>EExtensions</c>.</summary>
        public const string ExtensionsSuffix = "Extensions";

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

        /// <summary>The extensions class of an enum: <c>Q850Cause</c> -> <c>Q850CauseExtensions</c>.</summary>
        public static string ExtensionsClass(string enumName) => enumName + ExtensionsSuffix;

        /// <summary>The help link of a diagnostic ID.</summary>
        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        /// <summary>A name as written in C# source: keywords get '@' (<c>class</c> -> <c>@class</c>).</summary>
        public static string Escape(string name)
            => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
