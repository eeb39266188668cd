using StarCoach.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddStarCoach();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseStarCoach();
await app.RunAsync();

/// <summary>The web app's entry point (public so integration tests can start it).</summary>
public partial class Program;
