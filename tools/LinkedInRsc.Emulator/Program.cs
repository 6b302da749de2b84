Console.WriteLine("LinkedInRsc emulator: not yet implemented (issue: RSC emulator).");
return 1;
