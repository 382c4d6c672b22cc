using System.Collections.Generic;
using System.Linq;
using CodeTables.Generator.Model;
using CodeTables.Generator.Parsing;
using CodeTables.Shared;

namespace CodeTables.Generator.Emit;

/// <summary>
/// Writes <c>ECodes</c>: every member's code as a <c>const</c>, usable where only constants go (case labels,
/// patterns, attribute arguments, const fields). Integer and string codes are one const per member
/// (<c>ECodes.UserBusy</c>); a composite key is a nested class per member with one const per key column
/// (<c>ECodes.TryingCallRejected.HangupCause</c>), read like the member's <c>ToCode()</c> tuple, so a part is
/// named after the column it belongs to, whatever the column's name.
/// </summary>
internal static class CodesEmitter
{
    /// <summary>Members every class inherits from object: a const of that name needs <c>new</c> (CS0108), any other must not have it (CS0109).</summary>
    private static readonly HashSet<string> ObjectMembers = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    public static void Write(SourceWriter w, TableModel table, string enumType, string generatedCode)
    {
        var className = GeneratedNames.Codes(table.EnumName);
        w.Line($"/// <summary>The codes of <see cref=\"{enumType}\"/> as constants, for case labels, patterns and attribute arguments; generated from <c>{Literals.Doc(table.FileName)}</c>.</summary>");
        w.Line(generatedCode);
        w.Open($"public static class {className}");
        var first = true;
        foreach (var member in table.Members)
        {
            // A member named like the class cannot be declared in it (CS0542): it has no const, and the code fix falls back to the member.
            if (member.Name == className)
            {
                continue;
            }

            if (!first)
            {
                w.Line();
            }

            first = false;
            var name = GeneratedNames.Escape(member.Name);
            var cref = enumType + "." + name;
            switch (table.Kind)
            {
                case CodeKind.Integer:
                    w.Line($"/// <summary>The code of <see cref=\"{cref}\"/>.</summary>");
                    w.Line($"public {New(member.Name)}const int {name} = {CodeSyntax.Format(member.Value)};");
                    break;
                case CodeKind.String:
                    w.Line($"/// <summary>The code of <see cref=\"{cref}\"/>.</summary>");
                    w.Line($"public {New(member.Name)}const string {name} = {Literals.String(member.Key[0])};");
                    break;
                default:
                    w.Line($"/// <summary>The key parts of <see cref=\"{cref}\"/>, one const per key column.</summary>");
                    w.Open($"public {New(member.Name)}static class {name}");
                    var parts = PartNames(table, member.Name);
                    for (var i = 0; i < parts.Length; i++)
                    {
                        w.Line($"/// <summary>The {Literals.Doc(table.KeyColumns[i])} part of the code.</summary>");
                        w.Line($"public {New(parts[i])}const string {GeneratedNames.Escape(parts[i])} = {Literals.String(member.Key[i])};");
                    }

                    w.Close();
                    break;
            }
        }

        w.Close();
    }

    /// <summary>
    /// One identifier per key column (as the <c>ToCode()</c> tuple's elements), distinct, and never the member's
    /// own name (a nested class cannot hold a member of its name: CS0542). The code fix reads parts by position.
    /// </summary>
    private static string[] PartNames(TableModel table, string memberName)
    {
        var names = new List<string>();
        foreach (var column in table.KeyColumns)
        {
            var name = Identifiers.MemberNameFor(column);
            name = name.Length == 0 ? "Key" + (names.Count + 1) : name;
            while (names.Contains(name) || name == memberName)
            {
                name += "_";
            }

            names.Add(name);
        }

        return names.ToArray();
    }

    private static string New(string name) => ObjectMembers.Contains(name) ? "new " : string.Empty;
}
