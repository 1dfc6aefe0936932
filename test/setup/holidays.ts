// Tests get date-holidays the way the app's hosts do: registered, loaded on first use.
import Holidays from 'date-holidays';
import { useHolidayLibrary } from '../../src/shared/plan';

useHolidayLibrary(() => Holidays);
