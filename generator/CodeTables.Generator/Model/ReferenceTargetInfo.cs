namespace CodeTables.Generator.Model;

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
