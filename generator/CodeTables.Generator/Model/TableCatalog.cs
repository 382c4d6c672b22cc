namespace CodeTables.Generator.Model;

/// <summary>What one table needs to know about the others and about the compilation.</summary>
/// <param name="OutcomeTypes">Every outcome type some table names, resolved.</param>
/// <param name="TypeOwners">Each generated type's full name and the file that owns it (the first by path).</param>
/// <param name="RepeatedFiles">Table files that appear as more than one item: they cannot be generated.</param>
/// <param name="LanguageVersion">The project's C# version (e.g. 1200 for C# 12).</param>
/// <param name="HasSpan">Whether System.ReadOnlySpan&lt;T&gt; is available to generated code.</param>
/// <param name="ReferenceTargets">Every table some 'references' directive names, resolved.</param>
/// <param name="UserTypes">The project's own types named like a type a table may generate (Validation/TypeClashes.cs).</param>
/// <param name="Storage">The storage converters generated code gets (docs/configuration.md, "Storing codes"); null for none.</param>
internal sealed record TableCatalog(
    EquatableArray<OutcomeTypeInfo> OutcomeTypes,
    EquatableArray<TypeOwner> TypeOwners,
    EquatableArray<string> RepeatedFiles,
    int LanguageVersion,
    bool HasSpan,
    EquatableArray<ReferenceTargetInfo> ReferenceTargets = default,
    EquatableArray<UserType> UserTypes = default,
    StorageSupport? Storage = null);

/// <summary>A generated type and the table file that generates it.</summary>
internal sealed record TypeOwner(string FullTypeName, string FilePath);

/// <summary>An outcome type as a table sees it.</summary>
/// <param name="Members">Its member names; empty when not found.</param>
/// <param name="Problem">Why it cannot be used (not found, not an enum); null when it can.</param>
/// <param name="HasRetryAdvice">It is itself a code table whose extension class has IsRetryable, the advice for rows without a Retry cell.</param>
/// <param name="OutcomeType">When it is a code table with outcomes: the outcome type it classifies onto (full name).</param>
internal sealed record OutcomeTypeInfo(string FullName, EquatableArray<string> Members, string? Problem, bool HasRetryAdvice, string? OutcomeType = null);
