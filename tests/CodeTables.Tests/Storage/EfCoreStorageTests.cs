using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeTables.Tests.Tables;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CodeTables.Tests.Storage;

/// <summary>
/// EF Core on SQLite (a database file) through the generated EValueConverter of every shipped table, registered by the
/// generated <c>StoreCodeTablesAsCodes()</c>: the columns hold the vendor's codes (read back with plain SQL), every
/// member reads back as itself, a query on a member is SQL on its code, and a stored code not in the table fails the read
/// naming the table.
/// </summary>
public sealed class EfCoreStorageTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("codetables-ef-").FullName;

    private string DatabasePath => Path.Combine(_directory, "calls.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void Every_member_of_every_shipped_table_is_stored_as_its_code()
    {
        var columns = Columns();
        var count = columns.Max(c => c.Members.Count);
        using (var db = new CallsContext(DatabasePath))
        {
            db.Database.EnsureCreated();
            for (var i = 0; i < count; i++)
            {
                var call = new Call { Id = i + 1 };
                foreach (var column in columns)
                {
                    typeof(Call).GetProperty(column.Property)!.SetValue(call, column.Members[i % column.Members.Count].Value);
                }

                db.Calls.Add(call);
            }

            db.SaveChanges();
        }

        // The columns, with plain SQL: the vendor's codes, never member numbers.
        using (var connection = Open())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT " + string.Join(", ", columns.Select(c => c.Property)) + " FROM Calls ORDER BY Id";
            using var reader = command.ExecuteReader();
            var row = 0;
            while (reader.Read())
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    var expected = columns[c].Members[row % columns[c].Members.Count];
                    Assert.Equal(expected.Integer ? "INTEGER" : "TEXT", reader.GetDataTypeName(c));
                    Assert.Equal(expected.StoredText, Convert.ToString(reader.GetValue(c), System.Globalization.CultureInfo.InvariantCulture));
                }

                row++;
            }

            Assert.Equal(count, row);
        }

        using (var db = new CallsContext(DatabasePath))
        {
            var calls = db.Calls.OrderBy(c => c.Id).ToList();
            for (var i = 0; i < count; i++)
            {
                foreach (var column in columns)
                {
                    Assert.Equal(column.Members[i % column.Members.Count].Value, typeof(Call).GetProperty(column.Property)!.GetValue(calls[i]));
                }
            }
        }
    }

    [Fact]
    public void A_query_on_a_member_is_SQL_on_its_code()
    {
        using var db = new CallsContext(DatabasePath);
        db.Database.EnsureCreated();
        db.Calls.Add(NewCall(1, FreeSwitchHangupCause.UserBusy, PuzzelPreviewDiallerResult.ConversationRingTimeout, Q850Cause.UserBusy));
        db.Calls.Add(NewCall(2, FreeSwitchHangupCause.NormalClearing, PuzzelPreviewDiallerResult.ConversationAgentHangUp, Q850Cause.NormalClearing));
        db.SaveChanges();

        var busy = db.Calls.Where(c => c.FreeSwitch == FreeSwitchHangupCause.UserBusy && c.Puzzel == PuzzelPreviewDiallerResult.ConversationRingTimeout && c.Q850 == Q850Cause.UserBusy);
        var sql = busy.ToQueryString();
        Assert.Contains("'USER_BUSY'", sql, StringComparison.Ordinal);
        Assert.Contains("'conversation|t'", sql, StringComparison.Ordinal);
        Assert.Contains("= 17", sql, StringComparison.Ordinal);
        Assert.Equal(1, busy.Single().Id);

        // A member in a variable is a parameter holding the code.
        var cause = FreeSwitchHangupCause.NormalClearing;
        Assert.Equal(2, db.Calls.Single(c => c.FreeSwitch == cause).Id);
        Assert.Equal(2, db.Calls.Single(c => c.Sip == null && c.Q850 == Q850Cause.NormalClearing).Id);
    }

    [Fact]
    public void A_nullable_property_stores_the_code_or_null()
    {
        using (var db = new CallsContext(DatabasePath))
        {
            db.Database.EnsureCreated();
            var call = NewCall(1, FreeSwitchHangupCause.UserBusy, PuzzelPreviewDiallerResult.ConversationRingTimeout, Q850Cause.UserBusy);
            call.Sip = SipResponse.BusyHere;
            db.Calls.Add(call);
            db.Calls.Add(NewCall(2, FreeSwitchHangupCause.UserBusy, PuzzelPreviewDiallerResult.ConversationRingTimeout, Q850Cause.UserBusy));
            db.SaveChanges();
        }

        Assert.Equal(["486", string.Empty], ReadColumn("Sip"));
        using var read = new CallsContext(DatabasePath);
        Assert.Equal([SipResponse.BusyHere, null], read.Calls.OrderBy(c => c.Id).Select(c => c.Sip).ToList());
    }

    [Theory]
    [InlineData("FreeSwitch", "'USER_BUSYY'", "'USER_BUSYY' is not a code of the table freeswitch-hangup-cause.csv (FreeSwitchHangupCause); nearest codes: USER_BUSY")]
    [InlineData("Q850", "10", "'10' is not a code of the table q850-cause.csv (Q850Cause); nearest codes: 9, 8, 7.")]
    [InlineData("Puzzel", "'conversation'", "'conversation' is not a code of the table puzzel-preview-dialler-result.csv")]
    public void A_stored_code_not_in_the_table_fails_the_read_naming_the_table(string column, string sqlValue, string message)
    {
        using (var db = new CallsContext(DatabasePath))
        {
            db.Database.EnsureCreated();
            db.Calls.Add(NewCall(1, FreeSwitchHangupCause.UserBusy, PuzzelPreviewDiallerResult.ConversationRingTimeout, Q850Cause.UserBusy));
            db.SaveChanges();
        }

        Execute($"UPDATE Calls SET {column} = {sqlValue}");
        using var read = new CallsContext(DatabasePath);
        var error = Assert.ThrowsAny<Exception>(() => read.Calls.ToList());
        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains(message, messages, StringComparison.Ordinal);
    }

    private static Call NewCall(int id, FreeSwitchHangupCause freeSwitch, PuzzelPreviewDiallerResult puzzel, Q850Cause q850)
        => new()
        {
            Id = id,
            FreeSwitch = freeSwitch,
            Puzzel = puzzel,
            Q850 = q850,
            Asterisk = AsteriskCdrDisposition.Answered,
            DialStatus = AsteriskDialStatus.Answer,
            Originate = AsteriskOriginateReason.Answer,
            Huawei = HuaweiCecReleaseCause.IvrNormalRelease,
            Issabel = IssabelCallStatus.Answered,
            Natterbox = NatterboxMissedCall.Unknown,
            Nice = NiceCxoneRefusalReason.Busy,
            PuzzelResponse = PuzzelResultResponse.NumberNotInUse1,
        };

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error;
        }
    }

    private List<string> ReadColumn(string column)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {column} FROM Calls ORDER BY Id";
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? string.Empty : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A plain ADO.NET connection to the database file: what is really in the columns, without EF Core.</summary>
    private SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=" + DatabasePath);
        connection.Open();
        return connection;
    }

    /// <summary>Each property of <see cref="Call"/> with the members of its table, in CSV order.</summary>
    private static List<(string Property, List<ShippedMember> Members)> Columns()
    {
        var columns = new List<(string, List<ShippedMember>)>();
        foreach (var file in ShippedMember.Files)
        {
            var type = ShippedMember.EnumType(file);
            var property = typeof(Call).GetProperties().Single(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == type);
            columns.Add((property.Name, ShippedMember.Of(file)));
        }

        Assert.Equal(typeof(Call).GetProperties().Length - 1, columns.Count);
        return columns;
    }

    /// <summary>A call record with a property of every shipped table (and a nullable one).</summary>
    public sealed class Call
    {
        public int Id { get; set; }

        public AsteriskCdrDisposition Asterisk { get; set; }

        public AsteriskDialStatus DialStatus { get; set; }

        public AsteriskOriginateReason Originate { get; set; }

        public FreeSwitchHangupCause FreeSwitch { get; set; }

        public HuaweiCecReleaseCause Huawei { get; set; }

        public IssabelCallStatus Issabel { get; set; }

        public NatterboxMissedCall Natterbox { get; set; }

        public NiceCxoneRefusalReason Nice { get; set; }

        public PuzzelPreviewDiallerResult Puzzel { get; set; }

        public PuzzelResultResponse PuzzelResponse { get; set; }

        public Q850Cause Q850 { get; set; }

        public SipResponse? Sip { get; set; }
    }

    private sealed class CallsContext(string path) : DbContext
    {
        public DbSet<Call> Calls => Set<Call>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=" + path);

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.StoreCodeTablesAsCodes();
    }
}
