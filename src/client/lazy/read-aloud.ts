/** Loaded on the first press of "Dengarkan pelajaran": sets the reader up and starts it. */
import { setUpReadAloud } from '../lesson/read-aloud';

setUpReadAloud(document)?.play();
