namespace CodeTables.Generator.Model;

/// <summary>
/// A column that holds codes of another table, from the 'references' directive (docs/table-format.md,
/// "References between tables").
/// </summary>
/// <param name="Column">The column's header name, as the header writes it.</param>
/// <param name="Target">The target enum as the directive names it (simple or full name).</param>
/// <param name="IsList">Written <c>Type[]</c>: each cell holds a list of codes.</param>
/// <param name="KeyIndex">The column's position among the key columns, or -1.</param>
/// <param name="ExtraIndex">The column's position among <see cref="TableModel.ExtraColumns"/>, or -1.</param>
/// <param name="Method">The generated accessor's name: Get + the column in PascalCase.</param>
/// <param name="Directive">Where the directive is (the header when the value comes from item metadata).</param>
internal sealed record ReferenceColumn(string Column, string Target, bool IsList, int KeyIndex, int ExtraIndex, string Method, LocationInfo Directive)
{
    /// <summary>The member's cell in this column.</summary>
    public string Cell(TableMember member) => KeyIndex >= 0 ? member.Key[KeyIndex] : member.Extra[ExtraIndex];
}

/// <summary>A reference target as the tables of one namespace see it, resolved once per compilation.</summary>
/// <param name="Name">The name as the directive writes it.</param>
/// <param name="Context">The namespace of the referencing tables (a simple name is looked up there first).</param>
/// <param name="FullName">The target enum's full name; null when not resolved.</param>
/// <param name="FileName">The target's table file, from its [CodeTable] attribute.</param>
/// <param name="Kind">Integer codes are matched by value, string codes exactly.</param>
/// <param name="Members">The target's members and their codes.</param>
/// <param name="Problem">Why the target cannot be used; null when it can.</param>
/// <param name="IsNotCodeTable">The type exists but is not a code table with single codes (CT0041, else CT0040).</param>
internal sealed record ReferenceTargetInfo(
    string Name,
    string Context,
    string? FullName,
    string FileName,
    CodeKind Kind,
    EquatableArray<TargetMember> Members,
    string? Problem,
    bool IsNotCodeTable);

/// <summary>A member of a reference target: its C# name, its code as the table writes it, its value.</summary>
internal sealed record TargetMember(string Name, string Code, int Value);

/// <summary>A checked reference column, ready to emit.</summary>
/// <param name="TargetType">The target's full name (without global::).</param>
/// <param name="Links">The members whose cell names target members, in table order; other members have none.</param>
internal sealed record ResolvedReference(
    string Column,
    string Method,
    string TargetType,
    string TargetFile,
    bool IsList,
    EquatableArray<ReferenceLink> Links);

/// <summary>One member's referenced target members (member names of the target), in cell order.</summary>
internal sealed record ReferenceLink(string Member, EquatableArray<string> Targets);
