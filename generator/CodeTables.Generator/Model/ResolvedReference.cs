namespace CodeTables.Generator.Model;

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
