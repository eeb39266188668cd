using StarCoach.Core.Banks;
using StarCoach.Core.Import;

namespace StarCoach.Cli.Commands;

/// <summary>Loads the BANK argument of commands that analyse a bank, reporting failure the way every command does.</summary>
internal static class BankFile
{
    public static Bank? Load(string path, CliStreams streams)
    {
        var result = new BankImporter().ImportFile(path);
        if (result.Succeeded)
        {
            return result.Bank;
        }

        streams.Error.WriteLine($"starcoach: {result.Error}");
        return null;
    }
}
