namespace CodeTables.Generator.Model;

/// <summary>
/// What the tables ask of the compilation: the outcome types and reference targets no table of this project
/// generates. It depends only on the tables, so it is computed once per table edit, not per compilation.
/// </summary>
/// <param name="OutcomeTypes">Full metadata names of outcome types to look up.</param>
/// <param name="References">Reference targets to look up, each with the namespace of the tables that name it.</param>
/// <param name="GeneratedTypes">Full metadata names of every type the tables may generate, to find the project's own types of those names (Validation/TypeClashes.cs).</param>
internal sealed record CompilationRequest(EquatableArray<string> OutcomeTypes, EquatableArray<ReferenceLookup> References, EquatableArray<string> GeneratedTypes = default);

/// <summary>A reference target to look up: by full name, in <paramref name="Context"/>, then by simple name.</summary>
internal sealed record ReferenceLookup(string Name, string Context);

/// <summary>
/// Everything the catalog reads from the compilation, as plain data: an edit that changes none of these facts
/// (any edit to a .cs file that declares no type a table names) stops the pipeline here.
/// </summary>
/// <param name="Types">Each looked-up metadata name and what it is.</param>
/// <param name="SimpleNames">Public enums of referenced assemblies by simple name, for reference targets written without a namespace.</param>
/// <param name="HasSpan">Whether System.ReadOnlySpan&lt;T&gt; is available to generated code.</param>
/// <param name="UserTypes">The types this project declares (not this generator) under a name a table may generate.</param>
/// <param name="Storage">The storage converters generated code gets: what the compilation references, less the project's switches.</param>
internal sealed record CompilationFacts(EquatableArray<TypeFacts> Types, EquatableArray<SimpleNameFacts> SimpleNames, bool HasSpan, EquatableArray<UserType> UserTypes = default, StorageSupport? Storage = null)
{
    /// <summary>The facts about <paramref name="metadataName"/>, or null when it was not looked up or not found.</summary>
    public TypeFacts? Type(string metadataName)
    {
        foreach (var type in Types)
        {
            if (type.LookupName == metadataName)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The public enums named <paramref name="simpleName"/> in referenced assemblies.</summary>
    public EquatableArray<TypeFacts> BySimpleName(string simpleName)
    {
        foreach (var entry in SimpleNames)
        {
            if (entry.Name == simpleName)
            {
                return entry.Candidates;
            }
        }

        return EquatableArray<TypeFacts>.Empty;
    }
}

/// <summary>A type of the compilation a table names.</summary>
/// <param name="LookupName">The metadata name it was found by (empty for a simple-name candidate).</param>
/// <param name="DisplayName">Its name as C# writes it (namespace-qualified).</param>
/// <param name="IsEnum">Whether it is an enum.</param>
/// <param name="ConstNames">An enum's member names.</param>
/// <param name="CodeTable">When it is a compiled code table: what its [CodeTable] metadata says; else null.</param>
internal sealed record TypeFacts(string LookupName, string DisplayName, bool IsEnum, EquatableArray<string> ConstNames, CodeTableFacts? CodeTable);

/// <summary>A compiled code table's metadata, as the catalog reads it.</summary>
/// <param name="FileName">Its table file, from [CodeTable].</param>
/// <param name="OutcomeType">The outcome type it classifies onto (full name), or null.</param>
/// <param name="HasIsRetryable">Its extension class has IsRetryable(E).</param>
/// <param name="HasCompositeKey">It has key columns (a composite key).</param>
/// <param name="Kind">Integer codes are the members' values; string codes come from [CodeTableMember].</param>
/// <param name="Members">Its members and their codes; read only when a reference names the type.</param>
internal sealed record CodeTableFacts(string FileName, string? OutcomeType, bool HasIsRetryable, bool HasCompositeKey, CodeKind Kind, EquatableArray<TargetMember> Members);

/// <summary>The public enums of referenced assemblies with one simple name.</summary>
internal sealed record SimpleNameFacts(string Name, EquatableArray<TypeFacts> Candidates);

/// <summary>A type the project declares in its own source under a name a table may generate.</summary>
/// <param name="MetadataName">Its full metadata name (namespace-qualified).</param>
/// <param name="Kind">What it is, as C# spells it: class, struct, interface, enum, delegate, record.</param>
/// <param name="PartialClass">Every declaration of it is a <c>partial class</c>: it can be a part of a generated partial class.</param>
/// <param name="DeclaredAt">Where it is declared, for the message: its file's name and line.</param>
internal sealed record UserType(string MetadataName, string Kind, bool PartialClass, string DeclaredAt);
