using StarCoach.Web.Hosting;

return await StarCoachSetup.RunAsync(args);

/// <summary>The web app's entry point (public so integration tests can start it).</summary>
public partial class Program;
