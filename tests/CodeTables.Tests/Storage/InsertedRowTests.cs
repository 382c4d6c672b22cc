using System;
using System.IO;
using System.Linq;
using System.Reflection;
using CodeTables.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CodeTables.Tests.Storage;

/// <summary>
/// The hazard the converters exist for: a vendor adds a code and the analyst inserts its row where it belongs, which
/// renumbers every member after it. Data stored by the build before the insert (JSON text, an EF Core database file)
/// is read by the build after it: every stored value still means the member it meant, because the code was stored.
/// </summary>
public sealed class InsertedRowTests : IDisposable
{
    private const string Before = """
        # enum: Cause
        Code,Outcome,Description
        NORMAL_CLEARING,Answered,Normal clearing.
        USER_BUSY,Busy,User busy.
        NO_ANSWER,NoAnswer,No answer.
        """;

    // The vendor's new code, inserted in the middle: USER_BUSY and NO_ANSWER are now members 3 and 4, not 2 and 3.
    private const string After = """
        # enum: Cause
        Code,Outcome,Description
        NORMAL_CLEARING,Answered,Normal clearing.
        CALL_REJECTED,Rejected,Call rejected.
        USER_BUSY,Busy,User busy.
        NO_ANSWER,NoAnswer,No answer.
        """;

    /// <summary>A consumer of the table: writes and reads members (by name) as JSON and through EF Core on SQLite.</summary>
    private const string Consumer = """
        #pragma warning disable CS1591 // a test's consumer, not documented
        using System.Linq;
        using Microsoft.EntityFrameworkCore;

        namespace Consumer;

        public sealed class Call
        {
            public int Id { get; set; }

            public Cause Cause { get; set; }
        }

        public sealed class Calls(string path) : DbContext
        {
            public DbSet<Call> Rows => Set<Call>();

            protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=" + path);

            protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.StoreCodeTablesAsCodes();
        }

        public static class Store
        {
            public static string ToJson(string[] names) => System.Text.Json.JsonSerializer.Serialize(names.Select(n => System.Enum.Parse<Cause>(n)).ToArray());

            public static string[] FromJson(string json) => System.Text.Json.JsonSerializer.Deserialize<Cause[]>(json)!.Select(c => c.ToString()).ToArray();

            public static int[] Numbers(string[] names) => names.Select(n => (int)System.Enum.Parse<Cause>(n)).ToArray();

            public static void Save(string path, string[] names)
            {
                using var db = new Calls(path);
                db.Database.EnsureCreated();
                db.Rows.AddRange(names.Select((n, i) => new Call { Id = i + 1, Cause = System.Enum.Parse<Cause>(n) }));
                db.SaveChanges();
            }

            public static string[] Load(string path)
            {
                using var db = new Calls(path);
                return db.Rows.OrderBy(r => r.Id).Select(r => r.Cause).ToList().Select(c => c.ToString()).ToArray();
            }
        }
        """;

    private static readonly string[] Stored = ["UserBusy", "NoAnswer", "NormalClearing"];

    private readonly string _directory = Directory.CreateTempSubdirectory("codetables-insert-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void Stored_data_means_what_it_meant_after_a_row_is_inserted()
    {
        var before = Build(Before);
        var after = Build(After);

        // The member numbers did move: storing them would have turned every UserBusy into CallRejected.
        Assert.Equal([2, 3, 1], Call<int[]>(before, "Numbers", (object)Stored));
        Assert.Equal([3, 4, 1], Call<int[]>(after, "Numbers", (object)Stored));

        var json = Call<string>(before, "ToJson", (object)Stored);
        Assert.Equal("""["USER_BUSY","NO_ANSWER","NORMAL_CLEARING"]""", json);
        Assert.Equal(Stored, Call<string[]>(after, "FromJson", json));

        var database = Path.Combine(_directory, "calls.db");
        before.GetType("Consumer.Store")!.GetMethod("Save")!.Invoke(null, [database, Stored]);
        Assert.Equal(Stored, Call<string[]>(after, "Load", database));
    }

    private static T Call<T>(Assembly assembly, string method, params object[] arguments)
        => (T)assembly.GetType("Consumer.Store")!.GetMethod(method)!.Invoke(null, arguments)!;

    /// <summary>The consumer and the table compiled with the generator, referencing EF Core on SQLite, loaded.</summary>
    private static Assembly Build(string table)
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || name.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal) || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = GeneratorHarness.CreateCompilation(Consumer, parseOptions).AddReferences(references);
        var driver = GeneratorHarness.CreateDriver([new TableFile("/0/CodeTables/cause.csv", table)], null, parseOptions);
        return GeneratorHarness.RunDriver(driver, compilation).AssertClean().Load();
    }
}
